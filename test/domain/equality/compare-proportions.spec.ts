import { describe, expect, it } from 'vitest';
import { chiSquareTest, compareProportions, fisherExactTest } from '../../../services/domain/equality/index.js';

describe('choosing the test for two proportions', () => {
  it("uses Fisher's exact test when an expected count is below 5", () => {
    const p = fisherExactTest([
      [3, 1],
      [1, 3],
    ]);
    expect(
      compareProportions([
        [3, 1],
        [1, 3],
      ]),
    ).toEqual({ test: 'FISHER_EXACT', pValue: p, statistic: null, df: null });
    // Expected count of the first cell: 10 × 7 / 50 = 1.4.
    expect(
      compareProportions([
        [2, 8],
        [5, 35],
      ]).test,
    ).toBe('FISHER_EXACT');
  });

  it('uses chi-square without continuity correction when every expected count is 5 or more', () => {
    const result = compareProportions([
      [30, 70],
      [45, 55],
    ]);
    expect(result).toEqual({
      test: 'CHI_SQUARE',
      ...chiSquareTest([
        [30, 70],
        [45, 55],
      ]),
    });
    // Expected counts exactly 5: the approximation is taken.
    expect(
      compareProportions([
        [4, 6],
        [6, 4],
      ]).test,
    ).toBe('CHI_SQUARE');
  });

  it('answers p = 1 for a table with no cases or a single possible table', () => {
    expect(
      compareProportions([
        [0, 0],
        [0, 0],
      ]),
    ).toMatchObject({ test: 'FISHER_EXACT', pValue: 1 });
    expect(
      compareProportions([
        [0, 20],
        [0, 30],
      ]),
    ).toMatchObject({ test: 'FISHER_EXACT', pValue: 1 });
  });
});
