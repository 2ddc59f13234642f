import { chiSquareTest } from './chi-square.js';
import { expectedCounts, margins, type TwoByTwo } from './contingency-table.js';
import { fisherExactTest } from './fisher-exact.js';

export type TestName = 'FISHER_EXACT' | 'CHI_SQUARE';

export interface SignificanceTest {
  test: TestName;
  pValue: number;
  /** The chi-square statistic and its degrees of freedom; null for Fisher's test, which has none. */
  statistic: number | null;
  df: number | null;
}

/**
 * Tests whether two proportions differ, e.g. the upheld share of one group against the rest's, from
 * [[upheld, not upheld] of the first, [upheld, not upheld] of the second]. The chi-square approximation is
 * trusted only when every expected count is at least 5 (Cochran's rule); below that, Fisher's exact test.
 */
export function compareProportions(table: TwoByTwo): SignificanceTest {
  const m = margins(table, { integers: true });
  if (
    m.total === 0 ||
    expectedCounts(m)
      .flat()
      .some((e) => e < 5)
  ) {
    return { test: 'FISHER_EXACT', pValue: fisherExactTest(table), statistic: null, df: null };
  }
  const { statistic, df, pValue } = chiSquareTest(table);
  return { test: 'CHI_SQUARE', pValue, statistic, df };
}
