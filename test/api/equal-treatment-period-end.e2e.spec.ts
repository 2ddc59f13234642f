import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, DECIDE, EXPLAIN, EXTEND, RECEIVE, refusal } from '../support/documents.js';
import { month, RECORD_EQUALITY, REPORT } from '../support/equality-documents.js';
import { seedCases, spread } from '../support/equality-seed.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * January: 20 women and 20 men, 12 of each decided within the month, 8 still open when it ended. Whatever
 * happens to those cases later, January's report must stay exactly as it was: were it computed from the cases as
 * they are now, one case decided in February would move only its own group's figures, and comparing the two
 * reports would tell which answers that one person gave.
 */
const january = spread(
  0,
  40,
  (i) => {
    const woman = i < 20;
    const decided = i % 20 < 12;
    return {
      answers: { sex: woman ? 'FEMALE' : 'MALE' },
      ...(decided ? { outcome: i % 3 === 0 ? 'UPHELD' : 'NOT_UPHELD', decidedAfterDays: 5 } : {}),
    };
  },
  6,
);

let now = new Date('2025-01-01T08:00:00Z');
let server: TestServer;
let ids: string[];

const reportOf = async (dimension: string, as: 'OMBUDSMAN' | 'SUPERVISOR' = 'SUPERVISOR') => {
  const res = await server.gql(REPORT, { from: month(1), to: month(2), dimension }, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return JSON.stringify(res.data);
};
const ok = async (doc: string, input: Record<string, unknown>) => {
  const res = await server.gql(doc, { input });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0] as { disputeId: string };
};

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  ids = await seedCases(server, (at) => (now = at), january);
  now = new Date('2025-02-03T09:00:00+01:00');
}, 60_000);
afterAll(() => server.close());

describe('the report of an ended period never changes', () => {
  it('takes every fact as it was known at the end of the period, whatever happens to its cases afterwards', async () => {
    const before = await Promise.all(['sex', 'channel'].map((d) => reportOf(d)));
    const parsed = JSON.parse(before[0]!).equalTreatmentReport;
    expect(parsed.asOf).toBe(month(2));
    expect(parsed.groups.find((g: { group: string }) => g.group === 'FEMALE')).toMatchObject({ count: 20, decided: 12 });

    // After January ended: one woman's open case is decided, another's explained, a third's deadline extended...
    const [decided, explained, extended] = [ids[12]!, ids[13]!, ids[14]!];
    await ok(DECIDE, refusal(decided));
    await ok(EXPLAIN, {
      disputeId: explained,
      channel: 'PHONE',
      explanation: 'Wyjaśniono przyczyny zwłoki.',
      reasons: 'Brak opinii biegłego.',
    });
    await ok(EXTEND, { disputeId: extended, newDueAt: '2025-03-31T12:00:00+02:00', reasons: 'Oczekiwanie na opinię biegłego.' });
    // ...a complaint received on 31 January is registered only now, with its answers...
    const { disputeId: late } = await ok(RECEIVE, complaintInput({ receivedAt: '2025-01-31T10:00:00+01:00' }));
    await ok(RECORD_EQUALITY, { disputeId: late, consent: true, answers: [{ dimension: 'sex', value: 'FEMALE' }] });
    // ...and weeks pass, so every case still open is past its deadline now.
    now = new Date('2025-03-20T09:00:00+01:00');

    expect(await Promise.all(['sex', 'channel'].map((d) => reportOf(d)))).toEqual(before);
    expect(await reportOf('sex', 'OMBUDSMAN')).toBe(before[0]);
  });

  it('is refused for a period that has not ended yet, with what to do', async () => {
    const res = await server.gql(REPORT, { from: month(3), to: month(4), dimension: 'sex' }, 'SUPERVISOR');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to' }] });
    expect(res.errors?.[0]?.message).toMatch(/has not ended yet/);
    const exported = await fetch(`${server.url}/exports/equal-treatment.csv?from=2025-03-01&to=2025-04-01&dimension=sex`, {
      headers: { authorization: `Bearer ${await server.token('OMBUDSMAN')}` },
    });
    expect(exported.status).toBe(400);
  });
});
