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
  ({ disputeId } = await ok(
    RECEIVE,
    complaintInput({ complainant: { name: 'Maria Wiśniewska', email: 'm.wisniewska@example.org', address: 'ul. Lipowa 12/4, Białystok' } }),
  ));
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
    const unknown = await server.gql(
      ERASE,
      { input: { subjectId: '00000000-0000-4000-8000-000000000000', reason: 'art. 17 RODO' } },
      'ADMIN',
    );
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
      expect(dispute.mediations[0].parties.find((p: { role: string }) => p.role === 'COMPLAINANT')).toEqual({
        role: 'COMPLAINANT',
        name: null,
        pseudonym: null,
      });
    }
    // The office's own party is another person, untouched.
    const office = (await server.gql(READ, { id: disputeId }, 'CLERK')).data!.dispute.mediations[0].parties.find(
      (p: { role: string }) => p.role === 'OFFICE',
    );
    expect(office.name).toBe('Urząd Miasta — kierownik BOM');
    const register = (await server.gql(REGISTER, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }, 'CLERK')).data!.register;
    expect(register.find((r: { disputeId: string }) => r.disputeId === disputeId)).toMatchObject({
      complainant: null,
      complainantStatus: 'ERASED',
    });
    expect(server.services.vault.open(subjectId, 'v1.AAAA.AAAA.AAAA')).toBe('ERASED');
  });

  it('records nothing more about the person, and is carried out once', async () => {
    const record = await server.gql(RECORD_EQUALITY, {
      input: { disputeId, consent: true, answers: [{ dimension: 'sex', value: 'FEMALE' }] },
    });
    expect(record.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'GDPR-17-erased-subject' });
    const again = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 RODO' } }, 'ADMIN');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'GDPR-17-already-erased' });
  });
});

describe('erasing a mediation party who is not the complainant', () => {
  const MEDIATION = `query($id: ID!) {
    dispute(id: $id) {
      complainantPseudonym
      mediations { reason parties { partyId role name pseudonym subjectId } }
      timeline { kind summary }
    }
  }`;
  const neighbour = { partyId: 'p-zielinski', name: 'Piotr Zieliński', role: 'OTHER' };
  let caseId: string;
  const partyOf = async (role: 'CLERK' | 'SUPERVISOR' | 'ADMIN' | 'OMBUDSMAN' | 'MEDIATOR') => {
    const res = await server.gql(MEDIATION, { id: caseId }, role);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return (
      res.data!.dispute?.mediations[0]?.parties as
        { role: string; name: string | null; subjectId: string | null; pseudonym: string | null }[] | undefined
    )?.find((p) => p.role === 'OTHER');
  };

  beforeAll(async () => {
    const received = await server.gql(RECEIVE, { input: complaintInput() });
    caseId = received.data!.receiveComplaint.disputeId;
    await server.gql(ACKNOWLEDGE, { input: { disputeId: caseId } });
    const proposed = await server.gql(PROPOSE, {
      input: {
        disputeId: caseId,
        parties: [...parties, neighbour],
        reason: 'Pan Zieliński, sąsiad skarżącego, chce rozmowy z kierownikiem.',
      },
    });
    expect(proposed.errors, JSON.stringify(proposed.errors)).toBeUndefined();
  });

  it('gives the party’s subject id to roles that may see personal data only', async () => {
    const admin = await partyOf('ADMIN');
    expect(admin).toMatchObject({ name: 'Piotr Zieliński', subjectId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    for (const role of ['CLERK', 'SUPERVISOR'] as const) expect((await partyOf(role))!.subjectId).toBe(admin!.subjectId);
    expect(await partyOf('OMBUDSMAN')).toMatchObject({ name: null, subjectId: null });
    // The complainant party is the complainant's own subject, so one erasure covers both.
    const { dispute } = (
      await server.gql(
        `query($id: ID!) { dispute(id: $id) { complainantSubjectId mediations { parties { role subjectId } } } }`,
        { id: caseId },
        'ADMIN',
      )
    ).data!;
    expect(dispute.mediations[0].parties.find((p: { role: string }) => p.role === 'COMPLAINANT').subjectId).toBe(
      dispute.complainantSubjectId,
    );
  });

  it('erases them through the API: their name is gone for everyone, the other persons stay', async () => {
    const { subjectId } = (await partyOf('ADMIN'))!;
    const res = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 ust. 1 lit. a RODO' } }, 'ADMIN');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    for (const role of ['CLERK', 'SUPERVISOR', 'ADMIN', 'OMBUDSMAN'] as const)
      expect(await partyOf(role)).toMatchObject({ name: null, pseudonym: null });
    const clerk = (await server.gql(MEDIATION, { id: caseId }, 'CLERK')).data!.dispute;
    expect(clerk.mediations[0].parties.find((p: { role: string }) => p.role === 'COMPLAINANT').name).toBe('Maria Wiśniewska');
    // The reviewer can no longer have the erased name found in free text, so reads none of it; the complainant keeps a pseudonym.
    const review = (await server.gql(MEDIATION, { id: caseId }, 'OMBUDSMAN')).data!.dispute;
    expect(review.complainantPseudonym).toMatch(/^Osoba-[0-9A-F]{6}$/);
    expect(review.mediations[0].reason).toBe('[treść niedostępna: dane osoby usunięte]');
    expect(JSON.stringify(review)).not.toMatch(/Zieli|Piotr|Wiśniewsk|Kowalsk/);
    // Their party id no longer carries a pseudonym that would link them: a neutral label; the complainant keeps theirs.
    const reviewParties = review.mediations[0].parties as { role: string; partyId: string }[];
    expect(reviewParties.find((p) => p.role === 'OTHER')!.partyId).toBe('Strona (dane usunięte)');
    expect(reviewParties.find((p) => p.role === 'COMPLAINANT')!.partyId).toBe(review.complainantPseudonym);
    // Staff who may see personal data read the free text of the case as a placeholder too.
    expect(clerk.mediations[0].reason).toBe('[treść niedostępna: dane osoby usunięte]');
  });
});
