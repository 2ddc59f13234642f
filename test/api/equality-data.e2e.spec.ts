import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { groupNamed, month, RECORD_EQUALITY, REPORT, WITHDRAW_CONSENT, type Group } from '../support/equality-documents.js';
import { seedCases, spread } from '../support/equality-seed.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let now = new Date('2025-01-01T08:00:00Z');
let server: TestServer;
/** January: 12 women, 12 men, 11 who gave no answers. */
let ids: string[];
const womanA = () => ids[0]!;
const silentC = () => ids[24]!;

const answers = (pairs: Record<string, string>) => Object.entries(pairs).map(([dimension, value]) => ({ dimension, value }));
const record = (disputeId: string, more: Record<string, unknown> = {}, as: 'CLERK' | 'OMBUDSMAN' = 'CLERK') =>
  server.gql(RECORD_EQUALITY, { input: { disputeId, consent: true, answers: answers({ sex: 'FEMALE' }), ...more } }, as);
const counts = async (from: string, to: string) => {
  const res = await server.gql(REPORT, { from, to, dimension: 'sex' }, 'OMBUDSMAN');
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const groups = res.data!.equalTreatmentReport.groups as Group[];
  return Object.fromEntries(['FEMALE', 'MALE', 'NOT_GIVEN'].map((g) => [g, groupNamed(groups, g).count]));
};

beforeAll(async () => {
  // The office asks only two of the five default questions.
  server = await startTestServer({ clock: () => now, env: { EQUALITY_DIMENSIONS: 'sex,ageBand' } });
  ids = await seedCases(
    server,
    (at) => (now = at),
    spread(0, 35, (i) => (i < 24 ? { answers: { sex: i < 12 ? 'FEMALE' : 'MALE' } } : {})),
  );
  now = new Date('2025-02-10T10:00:00+01:00');
}, 60_000);
afterAll(() => server.close());

describe('recording equality-monitoring data', () => {
  it('GDPR art. 9(2)(a): without explicit consent nothing is recorded', async () => {
    const res = await record(silentC(), { consent: false });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'GDPR-9-2-a-consent' });
    expect(await counts(month(1), month(2))).toEqual({ FEMALE: 12, MALE: 12, NOT_GIVEN: 11 });
  });

  it('is refused for an anonymous complaint', async () => {
    // Received on 31 January, entered in February: in no month's report, only in the first quarter's (a lone complaint
    // in February would be hidden there, and so in the quarter, with a complement).
    const { data } = await server.gql(RECEIVE, { input: complaintInput({ complainant: null, receivedAt: '2025-01-31T12:00:00+01:00' }) });
    const res = await record(data!.receiveComplaint.disputeId);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'equality-data-anonymous' });
  });

  it('takes only the office’s questions, each from its closed list, once', async () => {
    const wrong = await record(silentC(), {
      answers: [
        { dimension: 'sex', value: 'female' },
        { dimension: 'ethnicOrigin', value: 'POLISH' },
        { dimension: 'ageBand', value: '30_44' },
        { dimension: 'ageBand', value: '18_29' },
      ],
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields.map((f: { path: string }) => f.path)).toEqual([
      'answers.0.value',
      'answers.1.dimension',
      'answers.3.dimension',
    ]);
    const questions = await server.gql('{ equalityQuestions { dimension values } }');
    expect(questions.data!.equalityQuestions).toEqual([
      { dimension: 'sex', values: ['FEMALE', 'MALE', 'OTHER', 'PREFER_NOT_TO_SAY'] },
      { dimension: 'ageBand', values: ['UNDER_18', '18_29', '30_44', '45_59', '60_74', '75_AND_OVER', 'PREFER_NOT_TO_SAY'] },
    ]);
  });

  it('is for clerks and supervisors only', async () => {
    expect((await record(silentC(), {}, 'OMBUDSMAN')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql('{ equalityQuestions { dimension } }', {}, 'OMBUDSMAN')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('frozen per case (DESIGN §3), withdrawal stops future use', () => {
  it('answers recorded after a period ended stay out of that period’s report, and count in a period still running then', async () => {
    const first = await record(silentC(), { commandId: 'record-c' });
    expect(first.errors).toBeUndefined();
    // A retry with the same command id changes nothing and answers the same.
    expect((await record(silentC(), { commandId: 'record-c' })).data).toEqual(first.data);
    expect(await counts(month(1), month(2))).toEqual({ FEMALE: 12, MALE: 12, NOT_GIVEN: 11 });
    // The first quarter was still running: its report, once it is over, counts them (see the withdrawal below).
    now = new Date('2025-03-02T10:00:00+01:00');
  });

  it('once recorded, a case’s answers are not replaced', async () => {
    const again = await record(womanA(), { answers: answers({ sex: 'MALE' }) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'equality-data-frozen' });
    expect(again.errors?.[0]?.message).toContain('withdrawEqualityConsent');
  });

  it('a withdrawal leaves the report of an ended period as it was, and removes the answers from periods not yet ended', async () => {
    const res = await server.gql(WITHDRAW_CONSENT, { input: { disputeId: womanA(), scope: 'ALL_CASES' } });
    expect(res.errors).toBeUndefined();
    expect(await counts(month(1), month(2))).toEqual({ FEMALE: 12, MALE: 12, NOT_GIVEN: 11 });
    // The first quarter was running when consent was withdrawn (2 March); once it is over, its report leaves A's answers
    // out (A counts as not given, with January's other 10 and the anonymous complaint) and counts C's, recorded
    // on 10 February while it ran: 12 − A + C women.
    now = new Date('2025-04-02T10:00:00+02:00');
    expect(await counts(month(1), month(4))).toEqual({ FEMALE: 12, MALE: 12, NOT_GIVEN: 12 });
  });

  it('the withdrawn case stays frozen, and the withdrawal is recorded once', async () => {
    expect((await record(womanA())).errors?.[0]?.extensions?.rule).toBe('equality-data-frozen');
    const twice = await server.gql(WITHDRAW_CONSENT, { input: { disputeId: womanA() } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'equality-consent-already-withdrawn' });
    const nothing = await server.gql(WITHDRAW_CONSENT, { input: { disputeId: ids[30]! } });
    expect(nothing.errors?.[0]?.extensions?.rule).toBe('equality-data-none');
  });
});
