import { describe, expect, it } from 'vitest';
import { computeReport, significanceLevel } from '../../../services/domain/equality/index.js';
import { asOf, syntheticCases } from './synthetic-cases.js';

const seeds = Array.from({ length: 40 }, (_, i) => 1000 + i);
const report = (rates: Record<string, number>, count: number, seed: number) =>
  computeReport(
    syntheticCases(Object.fromEntries(Object.entries(rates).map(([g, upheldRate]) => [g, { count, upheldRate }])), seed),
    'sex',
    { asOf },
  );

describe('a planted disparity', () => {
  it.each(seeds)('seed %i: a group upheld 20 % against 60 % is flagged and unlikely to be chance', (seed) => {
    const { groups, overall } = report({ F: 0.2, M: 0.6, X: 0.6 }, 300, seed);
    const [f, m, x] = groups;
    expect(f).toMatchObject({ group: 'F', flagged: true, test: 'CHI_SQUARE' });
    expect(f!.adverseImpactRatio).toBeLessThan(0.8);
    expect(f!.pValue).toBeLessThan(significanceLevel);
    expect(f!.adjustedPValue).toBeLessThan(significanceLevel);
    expect(f!.reading?.en).toMatch(/^Unlikely to be chance/);
    expect([m!.flagged, x!.flagged]).toEqual([false, false]);
    expect(overall!.pValue).toBeLessThan(significanceLevel);
  });

  it("is found in small groups too, by Fisher's exact test (expected counts below 5)", () => {
    const cases = syntheticCases({ F: { count: 12, upheldRate: 0, decidedRate: 1 }, M: { count: 12, upheldRate: 0.7, decidedRate: 1 } }, 7);
    const { groups } = computeReport(cases, 'sex', { asOf });
    expect(groups[0]).toMatchObject({ group: 'F', flagged: true, test: 'FISHER_EXACT' });
    expect(groups[0]!.pValue).toBeLessThan(significanceLevel);
  });
});

describe('no disparity', () => {
  const reports = seeds.map((seed) => report({ F: 0.6, M: 0.6, X: 0.6 }, 300, seed));

  it.each(seeds.map((seed, i) => [seed, reports[i]!] as const))('seed %i: groups with equal rates are not flagged', (_, r) => {
    for (const g of r.groups) expect(g.flagged).toBe(false);
    for (const g of r.groups) expect(g.adverseImpactRatio).toBeGreaterThanOrEqual(0.8);
  });

  it('shows p < 0.05 about as often as chance alone would (the false alarms the docs warn of)', () => {
    // With no real difference, p-values are uniform: one run in twenty goes below 0.05. Over 40 runs, more than
    // 8 such runs would happen by chance less than once in 5,000 (binomial), so more would mean a miscalibrated test.
    const alarms = reports.filter((r) => r.overall!.pValue < significanceLevel).length;
    expect(alarms).toBeLessThanOrEqual(8);
    const adjustedAlarms = reports.filter((r) => r.groups.some((g) => g.adjustedPValue! < significanceLevel)).length;
    expect(adjustedAlarms).toBeLessThanOrEqual(8);
  });
});
