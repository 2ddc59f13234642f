import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { PROPOSE } from '../support/mediation-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// GDPR art. 5(2) and 30: every showing of a person's data in clear is recorded (who, whose, when, how), and a
// person's access request (art. 15) is answered from that log and from their cases.
const LOG = `query($subjectId: ID, $userId: ID) { accessLog(subjectId: $subjectId, userId: $userId) { at userId role subjectId operation data } }`;
const COMPLAINANT = `query ReadComplainant($id: ID!) { dispute(id: $id) { complainant { name } again: complainant { address } } }`;

describe('the access log: who was shown whose personal data', () => {
  let server: TestServer;
  let disputeId: string;
  let subjectId: string;

  const log = async (variables: Record<string, string>) => {
    const res = await server.gql<{ accessLog: { userId: string; role: string; subjectId: string; operation: string; data: string }[] }>(
      LOG,
      variables,
      'ADMIN',
    );
    expect(res.errors).toBeUndefined();
    return res.data!.accessLog;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const received = await server.gql(RECEIVE, {
      input: complaintInput({ complainant: { name: 'Zdzisław Szczepańczyk', address: 'ul. Tajna 7, 00-001 Warszawa' } }),
    });
    disputeId = received.data!.receiveComplaint.disputeId;
    const read = await server.gql(`query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`, { id: disputeId });
    subjectId = read.data!.dispute.complainantSubjectId;
  });
  afterAll(() => server?.close());

  it('given nobody read the complainant, the log of that person is empty (filing is not reading)', async () => {
    expect(await log({ subjectId })).toEqual([]);
  });

  it('when a supervisor reads the complainant, one entry names the supervisor, the person, the operation and the data', async () => {
    const res = await server.gql(COMPLAINANT, { id: disputeId }, { token: await server.token('SUPERVISOR', 'u-ewa', 'Ewa Wójcik') });
    expect(res.data!.dispute.complainant.name).toBe('Zdzisław Szczepańczyk');
    // The same person twice in one answer is one showing.
    expect(await log({ subjectId })).toEqual([
      { userId: 'u-ewa', role: 'SUPERVISOR', subjectId, operation: 'query ReadComplainant', data: 'complainant', at: expect.any(String) },
    ]);
  });

  it('an ombudsman reviewer reads pseudonyms: nothing is recorded, because nothing was shown', async () => {
    const res = await server.gql(
      `query($id: ID!) { dispute(id: $id) { complainantPseudonym complainant { name } } }`,
      { id: disputeId },
      { token: await server.token('OMBUDSMAN', 'u-rzecznik', 'Olga Rzecka') },
    );
    expect(res.data!.dispute.complainant).toBeNull();
    expect((await log({ userId: 'u-rzecznik' })).length).toBe(0);
  });

  it('the register and its CSV export are recorded with their path', async () => {
    const clerk = { token: await server.token('CLERK', 'u-anna', 'Anna Nowak') };
    const year = new Date().getUTCFullYear();
    await server.gql(
      `{ register(from: "${year}-01-01T00:00:00+01:00", to: "${year + 1}-01-01T00:00:00+01:00") { complainant } }`,
      {},
      clerk,
    );
    const csv = await fetch(`${server.url}/exports/register.csv?from=${year}-01-01&to=${year + 1}-01-01`, {
      headers: { authorization: `Bearer ${clerk.token}` },
    });
    expect(await csv.text()).toContain('Zdzisław Szczepańczyk');
    const entries = await log({ userId: 'u-anna' });
    expect(entries.map((e) => [e.operation, e.data])).toEqual([
      ['GET /exports/register.csv', 'register-name'],
      ['query register', 'register-name'],
    ]);
  });

  it('mediation parties read by name are recorded under their own subject', async () => {
    const proposed = await server.gql(PROPOSE, {
      input: {
        disputeId,
        reason: 'Spór o sposób obsługi',
        parties: [
          { partyId: 'p-z', name: 'Zdzisław Szczepańczyk', role: 'COMPLAINANT' },
          { partyId: 'p-u', name: 'Urząd Miasta', role: 'OFFICE' },
        ],
      },
    });
    expect(proposed.errors).toBeUndefined();
    await server.gql(
      `query($id: ID!) { dispute(id: $id) { mediations { parties { name subjectId } } } }`,
      { id: disputeId },
      { token: await server.token('CLERK', 'u-jan', 'Jan Mediacki') },
    );
    const entries = await log({ userId: 'u-jan' });
    expect(entries.map((e) => e.data)).toEqual(['mediation-party', 'mediation-party']);
    expect(entries.map((e) => e.subjectId)).toContain(subjectId);
  });

  it('only an administrator reads the log', async () => {
    const res = await server.gql(LOG, { subjectId }, 'SUPERVISOR');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a subject access request is answered as a file: the data held, the cases, and to whom the data were shown', async () => {
    const admin = await server.token('ADMIN', 'u-admin', 'Adam Administrator');
    const res = await fetch(`${server.url}/exports/subject-access.json?subjectId=${subjectId}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`dostep-do-danych-${subjectId}.json`);
    const report = (await res.json()) as {
      personalData: { name: string };
      cases: { disputeId: string; as: string; steps: unknown[] }[];
      disclosedTo: { userId: string; data: string }[];
    };
    expect(report.personalData.name).toBe('Zdzisław Szczepańczyk');
    expect(report.cases).toEqual([expect.objectContaining({ disputeId, as: 'complainant' })]);
    expect(report.cases[0]!.steps.length).toBeGreaterThan(1);
    expect(report.disclosedTo).toEqual(expect.arrayContaining([expect.objectContaining({ userId: 'u-ewa', data: 'complainant' })]));
    // Preparing it showed the person's data to the administrator: that too is in the log.
    expect((await log({ userId: 'u-admin' })).map((e) => e.data)).toContain('subject-access-request');
  });

  it('a subject access request for an unknown person is NOT_FOUND, and refused to anyone but an administrator', async () => {
    const admin = await server.token('ADMIN');
    expect(
      (
        await fetch(`${server.url}/exports/subject-access.json?subjectId=nie-ma-takiej-osoby`, {
          headers: { authorization: `Bearer ${admin}` },
        })
      ).status,
    ).toBe(404);
    const clerk = await server.token('CLERK');
    expect(
      (await fetch(`${server.url}/exports/subject-access.json?subjectId=${subjectId}`, { headers: { authorization: `Bearer ${clerk}` } }))
        .status,
    ).toBe(403);
  });
});
