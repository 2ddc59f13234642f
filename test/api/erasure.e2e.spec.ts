import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, RECEIVE } from '../support/documents.js';
import { ERASE, RECORD_EQUALITY } from '../support/equality-documents.js';
import { parties, PROPOSE } from '../support/mediation-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const READ = `query($id: ID!) {
  dispute(id: $id) {
    complainant { name email address } complainantPseudonym complainantSubjectId complainantErasedAt
    mediations { parties { role name pseudonym } }
  }
}`;
const REGISTER = `query($from: DateTime!, $to: DateTime!) { register(from: $from, to: $to) { disputeId complainant complainantStatus } }`;

let server: TestServer;
let disputeId: string;
let subjectId: string;

beforeAll(async () => {
  server = await startTestServer();
  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string };
  };
  ({ disputeId } = await ok(RECEIVE, complaintInput({ complainant: { name: 'Maria Wiśniewska', email: 'm.wisniewska@example.org', address: 'ul. Lipowa 12/4, Białystok' } })));
  await ok(RECORD_EQUALITY, { disputeId, consent: true, answers: [{ dimension: 'sex', value: 'FEMALE' }] });
  await ok(ACKNOWLEDGE, { disputeId });
  await ok(PROPOSE, { disputeId, parties, reason: 'Próba porozumienia.' });
  subjectId = (await server.gql(READ, { id: disputeId }, 'ADMIN')).data!.dispute.complainantSubjectId;
});
afterAll(() => server.close());

describe('erasing a person on a lawful request (GDPR art. 17)', () => {
  it('is for the administrator only, for a person the office holds', async () => {
    const byClerk = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 ust. 1 lit. a RODO' } }, 'CLERK');
    expect(byClerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await server.gql(ERASE, { input: { subjectId: '00000000-0000-4000-8000-000000000000', reason: 'art. 17 RODO' } }, 'ADMIN');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(READ, { id: disputeId }, 'CLERK')).data!.dispute.complainant.name).toBe('Maria Wiśniewska');
  });

  it('destroys the key and records when; afterwards the person shows as erased everywhere', async () => {
    const res = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 ust. 1 lit. a RODO, wniosek z 3.03.2025' } }, 'ADMIN');
    expect(res.errors).toBeUndefined();
    const { erasedAt } = res.data!.eraseSubject;
    for (const role of ['CLERK', 'SUPERVISOR', 'ADMIN', 'OMBUDSMAN'] as const) {
      const { dispute } = (await server.gql(READ, { id: disputeId }, role)).data!;
      expect(dispute).toMatchObject({ complainant: null, complainantPseudonym: null, complainantErasedAt: erasedAt });
      expect(dispute.mediations[0].parties.find((p: { role: string }) => p.role === 'COMPLAINANT')).toEqual({ role: 'COMPLAINANT', name: null, pseudonym: null });
    }
    // The office's own party is another person, untouched.
    const office = (await server.gql(READ, { id: disputeId }, 'CLERK')).data!.dispute.mediations[0].parties.find((p: { role: string }) => p.role === 'OFFICE');
    expect(office.name).toBe('Urząd Miasta — kierownik BOM');
    const register = (await server.gql(REGISTER, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }, 'CLERK')).data!.register;
    expect(register.find((r: { disputeId: string }) => r.disputeId === disputeId)).toMatchObject({ complainant: null, complainantStatus: 'ERASED' });
    expect(server.services.vault.open(subjectId, 'v1.AAAA.AAAA.AAAA')).toBe('ERASED');
  });

  it('records nothing more about the person, and is carried out once', async () => {
    const record = await server.gql(RECORD_EQUALITY, { input: { disputeId, consent: true, answers: [{ dimension: 'sex', value: 'FEMALE' }] } });
    expect(record.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'GDPR-17-erased-subject' });
    const again = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 RODO' } }, 'ADMIN');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'GDPR-17-already-erased' });
  });
});
