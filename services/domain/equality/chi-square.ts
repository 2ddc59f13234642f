import { expectedCounts, margins, type ContingencyTable } from './contingency-table.js';
import { upperRegularizedGamma } from './incomplete-gamma.js';

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
}

/** P(X ≥ x) for X with the chi-square distribution of `df` degrees of freedom: Q(df/2, x/2). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  return upperRegularizedGamma(df / 2, x / 2);
}

/**
 * Pearson's chi-square test of independence, as R's `chisq.test` computes it: no continuity correction unless
 * `yates` is asked for, and then only on a 2×2 table (R's `correct = TRUE`, with the correction capped at |O − E|).
 */
export function chiSquareTest(table: ContingencyTable, { yates = false } = {}): ChiSquareResult {
  const m = margins(table);
  if ([...m.rows, ...m.columns].some((n) => n === 0)) {
    throw new RangeError('a row or column with no cases has no expected counts: leave it out of the table');
  }
  const expected = expectedCounts(m);
  const deviations = table.flatMap((row, i) => row.map((observed, j) => Math.abs(observed - expected[i]![j]!)));
  if (yates && (table.length !== 2 || m.columns.length !== 2)) throw new RangeError("Yates' correction applies to 2×2 tables only");
  const correction = yates ? Math.min(0.5, ...deviations) : 0;
  const cells = expected.flat();
  const statistic = deviations.reduce((s, d, k) => s + (d - correction) ** 2 / cells[k]!, 0);
  const df = (table.length - 1) * (m.columns.length - 1);
  return { statistic, df, pValue: chiSquareUpperTail(statistic, df) };
}
