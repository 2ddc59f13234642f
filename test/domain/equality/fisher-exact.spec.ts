import { describe, expect, it } from 'vitest';
import { fisherExactTest } from '../../../services/domain/equality/index.js';

// Expected values are R's `fisher.test(...)$p.value`, each confirmed as an exact fraction by enumerating the
// hypergeometric tables with integer arithmetic.
describe("Fisher's exact test, two-sided as in R", () => {
  it("Fisher's lady tasting tea: fisher.test(matrix(c(3,1,1,3),2)) p = 0.4857143 = 17/35", () => {
    // Two tables (x = 1 and x = 3) are exactly as probable as the observed one: R's tolerance keeps both.
    expect(
      fisherExactTest([
        [3, 1],
        [1, 3],
      ]),
    ).toBeCloseTo(17 / 35, 12);
  });

  it('fisher.test(matrix(c(1,9,11,3),2)) p = 0.002759456 = 41/14858, whichever way the table is turned', () => {
    expect(
      fisherExactTest([
        [1, 11],
        [9, 3],
      ]),
    ).toBeCloseTo(41 / 14858, 12);
    expect(
      fisherExactTest([
        [1, 9],
        [11, 3],
      ]),
    ).toBeCloseTo(41 / 14858, 12);
    expect(
      fisherExactTest([
        [3, 9],
        [11, 1],
      ]),
    ).toBeCloseTo(41 / 14858, 12);
    expect(
      Math.abs(
        fisherExactTest([
          [1, 9],
          [11, 3],
        ]) - 0.002759456,
      ),
    ).toBeLessThan(1e-6);
  });

  it('a complete separation: fisher.test(matrix(c(10,0,0,10),2)) p = 1.082509e-05 = 2 / C(20,10)', () => {
    expect(
      fisherExactTest([
        [10, 0],
        [0, 10],
      ]) /
        (2 / 184756),
    ).toBeCloseTo(1, 10);
  });

  it('asymmetric tables: p = 1063/46189 for [[2,7],[8,2]] and 413/1518 for [[7,12],[0,5]]', () => {
    expect(
      fisherExactTest([
        [2, 7],
        [8, 2],
      ]),
    ).toBeCloseTo(1063 / 46189, 12);
    expect(
      fisherExactTest([
        [7, 12],
        [0, 5],
      ]),
    ).toBeCloseTo(413 / 1518, 12);
  });

  it('is 1 when a margin leaves a single possible table, and handles counts in the thousands', () => {
    expect(
      fisherExactTest([
        [0, 0],
        [4, 6],
      ]),
    ).toBe(1);
    expect(
      fisherExactTest([
        [5, 0],
        [7, 0],
      ]),
    ).toBe(1);
    const p = fisherExactTest([
      [1200, 800],
      [1000, 1000],
    ]);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-9);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() =>
      fisherExactTest([
        [1.5, 2],
        [3, 4],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      fisherExactTest([
        [-1, 2],
        [3, 4],
      ]),
    ).toThrow(RangeError);
  });
});
