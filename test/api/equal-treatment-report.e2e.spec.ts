import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGS, groupNamed, month, REPORT, type Group } from '../support/equality-documents.js';
import { seedCases, spread } from '../support/equality-seed.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * 116 complaints through the real API. January carries a planted disparity by sex (women's complaints upheld
 * 8 in 30, men's 24 in 30); February has none (12 in 24 each) and a few small age bands; March one odd case.
 */
const january = spread(
  0,
  60,
  (i) => {
    const woman = i < 30;
    const k = woman ? i : i - 30;
    return {
      answers: { sex: woman ? 'FEMALE' : 'MALE', ageBand: '30_44' },
      channel: i % 2 === 0 ? 'LETTER' : 'EMAIL',
      outcome: k < (woman ? 8 : 24) ? 'UPHELD' : 'NOT_UPHELD',
      decidedAfterDays: 5 + (i % 20),
      mediationOffered: i % 2 === 0 && i % 5 === 0,
    };
    // Received 2–7 January, so even the slowest (24 days) is decided within the month its report covers.
  },
  6,
);
const ageBandOf = (i: number) => (i < 20 ? '18_29' : i < 42 ? '30_44' : i < 46 ? '45_59' : '60_74');
const february = spread(
  1,
  48,
  (i) => ({
    answers: { sex: i % 2 === 0 ? 'FEMALE' : 'MALE', ageBand: ageBandOf(i) },
    channel: 'WEB',
    outcome: Math.floor(i / 2) % 2 === 0 ? 'UPHELD' : 'NOT_UPHELD',
    decidedAfterDays: 5 + (i % 20),
  }),
  3,
);

/** March: one cell of peers (same category and unit) with one case both slow and decided against the rest. */
const peerDays = [10, 11, 12, 12, 13, 14, 15];
const march = spread(2, 8, (i) => ({
  category: 'odbiór odpadów',
  unit: 'Wydział Gospodarki Komunalnej',
  outcome: i === 7 ? 'UPHELD' : 'NOT_UPHELD',
  decidedAfterDays: peerDays[i] ?? 45,
}));

let now = new Date('2025-01-01T08:00:00Z');
let server: TestServer;
let odd: string;
const report = async (from: string, to: string, dimension: string, as: 'OMBUDSMAN' | 'SUPERVISOR' = 'OMBUDSMAN') => {
  const res = await server.gql(REPORT, { from, to, dimension }, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.equalTreatmentReport as { groups: Group[]; overallTest: { pValue: number } | null; minimumGroupSize: number };
};

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  const ids = await seedCases(server, (at) => (now = at), [...january, ...february, ...march]);
  odd = ids.at(-1)!;
  now = new Date('2025-04-15T10:00:00+02:00');
}, 120_000);
afterAll(() => server.close());

describe('equal-treatment report over the API', () => {
  it('flags the planted disparity: women’s upheld rate under four-fifths of men’s, unlikely to be chance', async () => {
    const r = await report(month(1), month(2), 'sex');
    const women = groupNamed(r.groups, 'FEMALE');
    const men = groupNamed(r.groups, 'MALE');
    expect(women).toMatchObject({ count: 30, upheldRate: 8 / 30, flagged: true, test: 'CHI_SQUARE' });
    expect(women.adverseImpactRatio).toBeCloseTo(8 / 24, 12);
    expect(women.pValue!).toBeLessThan(0.001);
    expect((women.reading as { pl: string }).pl).toContain('Mało prawdopodobne');
    expect(men).toMatchObject({ count: 30, upheldRate: 0.8, adverseImpactRatio: 1, flagged: false });
    expect(r.overallTest!.pValue).toBeLessThan(0.001);
  });

  it('flags nothing where there is no disparity', async () => {
    const r = await report(month(2), month(3), 'sex');
    for (const name of ['FEMALE', 'MALE'])
      expect(groupNamed(r.groups, name)).toMatchObject({ count: 24, upheldRate: 0.5, adverseImpactRatio: 1, flagged: false, pValue: 1 });
  });

  it('computes the timing, deadline and refusal figures from the recorded facts', async () => {
    const women = groupNamed((await report(month(1), month(2), 'sex', 'SUPERVISOR')).groups, 'FEMALE');
    // Decided after 5 + (i mod 20) days for i = 0…29: 5…24 and 5…14, whose 15th and 16th values are both 12.
    expect(women).toMatchObject({ decided: 30, deadlineComplianceRate: 1, delayNoticeRate: 0, explanationsPerCase: 0 });
    expect(women.medianDaysToDecision).toBeCloseTo(12, 10);
    // Men had 6 refusals, too few to show; women's 22 are hidden with them, or 6 could be worked out from a total.
    expect(women).toMatchObject({ refusalCompletenessRate: null, suppressedFigures: expect.arrayContaining(['refusals']) });
    const february = await report(month(2), month(3), 'sex');
    for (const name of ['FEMALE', 'MALE'])
      expect(groupNamed(february.groups, name)).toMatchObject({ refusalCompletenessRate: 1, suppressedFigures: [] });
  });

  it('reports the ordinary dimensions too, with mediation offers from the disputes’ mediations', async () => {
    const r = await report(month(1), month(2), 'channel');
    expect(r.groups.map((g) => g.group)).toEqual(['EMAIL', 'LETTER']);
    // Six mediations are fewer than the minimum group size: neither their agreement rate nor the offer rate is shown,
    // since 6/30 times the shown count would give the 6 (issue 10, finding 4c), and e-mails' none is hidden with them.
    for (const name of ['LETTER', 'EMAIL']) {
      expect(groupNamed(r.groups, name)).toMatchObject({
        count: 30,
        mediationOfferRate: null,
        mediationAgreementRate: null,
        suppressedFigures: ['mediations'],
      });
    }
  });

  it('suppresses small groups, and a complement, so a total known elsewhere cannot reveal them by subtraction', async () => {
    const r = await report(month(2), month(3), 'ageBand');
    expect(r.minimumGroupSize).toBe(10);
    // 4 aged 45–59 and 2 aged 60–74 are hidden, with one of the two large groups (20 and 22): which one, a keyed hash
    // of the installation decides, so that a reader cannot tell the complement from the small ones.
    const shown = r.groups.filter((g) => !g.suppressed);
    expect([[['18_29', 20]], [['30_44', 22]]]).toContainEqual(shown.map((g) => [g.group, g.count]));
    for (const g of r.groups.filter((g) => g.suppressed)) {
      expect(Object.entries(g).filter(([k, v]) => !['group', 'suppressed', 'suppressedFigures'].includes(k) && v !== null)).toEqual([]);
    }
    // Every possible answer is listed, whether anyone gave it or not, so the list itself reveals nothing.
    expect(r.groups.map((g) => g.group)).toEqual([
      '18_29',
      '30_44',
      '45_59',
      '60_74',
      '75_AND_OVER',
      'NOT_GIVEN',
      'PREFER_NOT_TO_SAY',
      'UNDER_18',
    ]);
    // The month's total is public in the channel report (48); subtracting the shown group leaves 28 or 26 over several hidden groups.
    const total = (await report(month(2), month(3), 'channel')).groups.reduce((s, g) => s + (g.count ?? 0), 0);
    expect(total).toBe(48);
    expect(r.groups.filter((g) => g.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('hides in a quarter whatever any of its months hides, so that the quarter minus its months gives nothing hidden', async () => {
    // Who answered what, by month, as seeded above: March's 8 gave no answers.
    const seeded: Record<string, Record<string, number>> = {
      [month(1)]: { '30_44': 60 },
      [month(2)]: { '18_29': 20, '30_44': 22, '45_59': 4, '60_74': 2 },
      [month(3)]: { NOT_GIVEN: 8 },
    };
    const quarter = await report(month(1), month(4), 'ageBand');
    for (const m of [1, 2, 3]) {
      const r = await report(month(m), month(m + 1), 'ageBand');
      for (const group of Object.keys(seeded[month(m)]!)) {
        if (groupNamed(r.groups, group).suppressed)
          expect(groupNamed(quarter.groups, group)).toMatchObject({ suppressed: true, count: null });
      }
    }
    // Whichever of February's large groups was its complement is hidden in the quarter too, though 20 or 82 strong.
    const shown = quarter.groups.filter((g) => !g.suppressed).map((g) => [g.group, g.count]);
    expect([[['18_29', 20]], [['30_44', 82]]]).toContainEqual(shown);
  });

  it('refuses periods that are not one calendar month, quarter or year, an unknown dimension, and roles without the review', async () => {
    const shifted = await server.gql(REPORT, { from: '2025-01-01T12:00:00+01:00', to: month(2), dimension: 'sex' }, 'OMBUDSMAN');
    expect(shifted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'from' }] });
    // January–June and January–July overlap in part: July would be their difference (issue 10, finding 4a).
    for (const [from, to] of [
      [month(1), month(7)],
      [month(1), month(8)],
      [month(2), month(5)],
      [month(2), '2026-02-01T00:00:00+01:00'],
    ]) {
      const res = await server.gql(REPORT, { from, to, dimension: 'sex' }, 'OMBUDSMAN');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to' }] });
      expect(res.errors?.[0]?.message).toContain(
        'one calendar month, quarter (January–March, April–June, July–September, October–December) or year',
      );
    }
    const unknown = await server.gql(REPORT, { from: month(1), to: month(2), dimension: 'religion' }, 'OMBUDSMAN');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const role of ['CLERK', 'MEDIATOR'] as const) {
      expect((await server.gql(REPORT, { from: month(1), to: month(2), dimension: 'sex' }, role)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
  });
});

describe('consistency flags over the API', () => {
  it('lists the case far from its peers, by waiting time and by outcome, pseudonymised', async () => {
    const res = await server.gql(FLAGS, { from: month(3), to: month(4) }, 'OMBUDSMAN');
    expect(res.errors).toBeUndefined();
    const flags = res.data!.consistencyFlags as { disputeId: string; pseudonym: string; reason: string }[];
    expect(flags).toMatchObject([
      { disputeId: odd, reason: 'SLOW', days: 45, peers: 7, peerMedianDays: 12, boundDays: 18, category: 'odbiór odpadów' },
      { disputeId: odd, reason: 'OUTCOME_AGAINST_PEERS', peers: 7, peerShareOtherWay: 1 },
    ]);
    expect(flags[0]!.pseudonym).toMatch(/^Sprawa-[0-9A-F]{6}$/);
    expect(flags[1]!.pseudonym).toBe(flags[0]!.pseudonym);
    expect(JSON.stringify(res.data)).not.toMatch(/Kowalski|Lipowa/);
  });

  it('finds no outcome against a large majority where outcomes are mixed', async () => {
    const res = await server.gql(FLAGS, { from: month(1), to: month(2) }, 'SUPERVISOR');
    expect((res.data!.consistencyFlags as { reason: string }[]).filter((f) => f.reason === 'OUTCOME_AGAINST_PEERS')).toEqual([]);
  });

  it('is not for clerks', async () => {
    expect((await server.gql(FLAGS, { from: month(1), to: month(2) }, 'CLERK')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
