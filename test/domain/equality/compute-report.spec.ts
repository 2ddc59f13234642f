import { describe, expect, it } from 'vitest';
import { BadInput } from '../../../services/errors.js';
import { computeReport, fisherExactTest, type CaseFacts, type DecisionFacts } from '../../../services/domain/equality/index.js';

const day = (d: number) => new Date(Date.UTC(2025, 0, d)).toISOString();
const asOf = day(60);

function fact(channel: string, decision: DecisionFacts | null, more: Partial<CaseFacts<'channel'>> = {}): CaseFacts<'channel'> {
  return {
    receivedAt: day(1),
    dueAt: day(31),
    decision,
    delayNotice: false,
    explanations: 0,
    mediationOffered: false,
    mediationAgreed: false,
    groups: { channel },
    ...more,
  };
}
const decided = (d: number, outcome: DecisionFacts['outcome'], refusalComplete: boolean | null = null): DecisionFacts => ({
  outcome,
  decidedAt: day(1 + d),
  withinDeadline: d <= 30,
  refusalComplete,
});

const letters = [
  // Two delay notices: one alone would be fewer than the minimum of 2, and its rate hidden like any small count.
  fact('LETTER', decided(10, 'UPHELD'), { delayNotice: true, explanations: 2, mediationOffered: true, mediationAgreed: true }),
  fact('LETTER', decided(20, 'NOT_UPHELD', true), { delayNotice: true, explanations: 1, mediationOffered: true }),
  fact('LETTER', decided(40, 'PARTLY_UPHELD', false)),
  fact('LETTER', null, { explanations: 1 }), // open, and past its deadline at asOf
];
const emails = [
  ...Array.from({ length: 4 }, () => fact('EMAIL', decided(5, 'UPHELD'))),
  fact('EMAIL', null, { receivedAt: day(50), dueAt: day(80) }), // open, deadline still ahead
];

describe('equal-treatment figures of one group', () => {
  const report = computeReport([...letters, ...emails], 'channel', { asOf, minimumGroupSize: 2 });
  const letter = report.groups.find((g) => g.group === 'LETTER')!;
  const email = report.groups.find((g) => g.group === 'EMAIL')!;

  it('lists the groups by name and publishes no total', () => {
    expect(report.groups.map((g) => g.group)).toEqual(['EMAIL', 'LETTER']);
    expect(Object.keys(report).sort()).toEqual(['dimension', 'groups', 'minimumGroupSize', 'overall']);
  });

  it('counts the upheld rate as UPHELD or PARTLY_UPHELD over decided cases, with the outcome shares', () => {
    expect(letter).toMatchObject({ suppressed: false, suppressedFigures: [], count: 4, decided: 3 });
    expect(letter.upheldRate).toBeCloseTo(2 / 3, 12);
    expect(letter.outcomeShares).toEqual({ upheld: 1 / 3, partlyUpheld: 1 / 3, notUpheld: 1 / 3 });
  });

  it('divides by the most favourable group for the adverse-impact ratio, flagged below 0.8', () => {
    expect(email).toMatchObject({ upheldRate: 1, adverseImpactRatio: 1, flagged: false });
    expect(letter.adverseImpactRatio).toBeCloseTo(2 / 3, 12);
    expect(letter.flagged).toBe(true);
  });

  it('tests the group against the rest (here Fisher, the table being small) and reads the p-value', () => {
    const p = fisherExactTest([
      [2, 1],
      [4, 0],
    ]); // 15/35
    // Holm over the two groups, whose tests are the same table seen from either side.
    expect(letter).toMatchObject({ test: 'FISHER_EXACT', pValue: p, adjustedPValue: 2 * p });
    expect(letter.reading?.en).toBe(`The difference may be chance (p = ${Number(p.toPrecision(2))})`);
    expect(report.overall).toMatchObject({ test: 'FISHER_EXACT', pValue: p });
  });

  it('takes the median and the R type 7 90th percentile of days to decision', () => {
    expect(letter.medianDaysToDecision).toBe(20);
    expect(letter.p90DaysToDecision).toBeCloseTo(36, 12); // 20 + 0.8 × (40 − 20)
    expect(email).toMatchObject({ medianDaysToDecision: 5, p90DaysToDecision: 5 });
  });

  it('counts an open case past its deadline as a missed deadline, and one not yet due not at all', () => {
    expect(letter.deadlineComplianceRate).toBe(2 / 4);
    expect(email.deadlineComplianceRate).toBe(1);
  });

  it('gives delay notices, refusal completeness, explanations and mediation per group', () => {
    expect(letter).toMatchObject({
      delayNoticeRate: 2 / 4,
      refusalCompletenessRate: 1 / 2,
      explanationsPerCase: 1,
      mediationOfferRate: 1 / 2,
      mediationAgreementRate: 1 / 2,
    });
    // No refusal, no mediation: the figures are undefined, not zero.
    expect(email).toMatchObject({ refusalCompletenessRate: null, mediationOfferRate: 0, mediationAgreementRate: null });
  });

  it('reports the dimension asked for, whatever other dimensions the cases carry', () => {
    const cases = [...letters, ...emails].map((c) => ({ ...c, groups: { ...c.groups, sex: 'F' } }));
    expect(computeReport(cases, 'sex', { asOf, minimumGroupSize: 2 }).groups.map((g) => [g.group, g.count])).toEqual([['F', 9]]);
  });

  it('compares nothing when only one group has figures', () => {
    const alone = computeReport(letters, 'channel', { asOf, minimumGroupSize: 2 }).groups[0]!;
    expect(alone).toMatchObject({ adverseImpactRatio: null, flagged: null, pValue: null, reading: null });
  });

  it('gives no groups and no test for a period without complaints', () => {
    expect(computeReport([], 'channel', { asOf })).toEqual({ dimension: 'channel', minimumGroupSize: 10, groups: [], overall: null });
  });

  it('refuses a minimum group size that is not a whole number of at least 1', () => {
    expect(() => computeReport(letters, 'channel', { asOf, minimumGroupSize: 0 })).toThrow(BadInput);
    expect(() => computeReport(letters, 'channel', { asOf, minimumGroupSize: 2.5 })).toThrow(BadInput);
  });
});
