import { describe, expect, it } from 'vitest';
import { chiSquareTest, chiSquareUpperTail } from '../../../services/domain/equality/index.js';

/**
 * erfc from the everywhere-positive series erf(x) = 2/√π e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)): an independent
 * check, accurate to about 1e-15 absolute (1 − erf loses relative precision far in the tail, so compare absolutely).
 */
function erfc(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; term > sum * 1e-17; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
  }
  return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
}

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe('chi-square upper tail', () => {
  it("pchisq(3.841459, 1, lower.tail = FALSE) = 0.05, as do R's qchisq(0.95/0.99/0.999, 1) quantiles", () => {
    expect(Math.abs(chiSquareUpperTail(3.841459, 1) - 0.05)).toBeLessThan(1e-6);
    expect(chiSquareUpperTail(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareUpperTail(6.634896601021214, 1)).toBeCloseTo(0.01, 12);
    expect(relative(chiSquareUpperTail(10.827566170662733, 1), 0.001)).toBeLessThan(1e-10);
  });

  it('matches the closed forms: erfc(√(x/2)) for df = 1, exp(−x/2) for df = 2, exp(−x/2)(1 + x/2) for df = 4', () => {
    for (const x of [0.01, 0.5, 1, 3.84, 7, 15, 30]) {
      expect(Math.abs(chiSquareUpperTail(x, 1) - erfc(Math.sqrt(x / 2)))).toBeLessThan(1e-13);
      expect(relative(chiSquareUpperTail(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-12);
      expect(relative(chiSquareUpperTail(x, 4), Math.exp(-x / 2) * (1 + x / 2))).toBeLessThan(1e-12);
    }
  });

  // Reference values: Q(df/2, x/2) evaluated with 30-digit arithmetic (mpmath's gammainc, regularized), written with
  // the 17 digits mpmath printed; a double keeps what it can, which is what the comparison allows for.
  /* eslint-disable no-loss-of-precision */
  it.each([
    [1, 0.5, 0.47950012218695346],
    [1, 60, 9.4857375710738484e-15],
    [1, 300, 3.2943623833140412e-67],
    [3, 4, 0.26146412994911062],
    [3, 150, 2.6349139284880436e-32],
    [5, 20, 0.0012497305630313754],
    [10, 0.5, 0.99999338828943897],
    [10, 60, 3.624300952061488e-9],
    [30, 20, 0.91654152706533718],
    [30, 60, 0.00092068239614866626],
    [30, 300, 2.6480484856308777e-46],
    [100, 60, 0.99948110853745197],
    [100, 150, 0.00090393204235400909],
    [100, 300, 7.4121008573228768e-22],
  ])('df = %i, x = %d: %d to 1e-9 relative, deep into the tail', (df, x, expected) => {
    /* eslint-enable no-loss-of-precision */
    expect(relative(chiSquareUpperTail(x, df), expected)).toBeLessThan(1e-9);
  });

  it('is 1 at x = 0 and refuses what is not a distribution', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(() => chiSquareUpperTail(-1, 3)).toThrow(RangeError);
    expect(() => chiSquareUpperTail(1, 0)).toThrow(RangeError);
  });
});

describe("Pearson's chi-square test of independence", () => {
  it("R's chisq.test example (Agresti's party by gender): X-squared = 30.07, df = 2, p-value = 2.954e-07", () => {
    const result = chiSquareTest([
      [762, 327, 468],
      [484, 239, 477],
    ]);
    // The statistic computed in exact rational arithmetic: 30.070149095754671653…
    expect(result.statistic).toBeCloseTo(30.070149095754672, 10);
    expect(result.df).toBe(2);
    expect(relative(result.pValue, Math.exp(-result.statistic / 2))).toBeLessThan(1e-12);
    // eslint-disable-next-line no-loss-of-precision -- the reference value as printed, see above
    expect(relative(result.pValue, 2.9535891832117596e-7)).toBeLessThan(1e-9);
    expect(result.pValue.toPrecision(4)).toBe('2.954e-7');
  });

  it('on a 2×2 table equals the square of the two-proportion z statistic, with p = erfc(√(X²/2))', () => {
    const result = chiSquareTest([
      [30, 70],
      [45, 55],
    ]);
    const pooled = 75 / 200;
    const z = (0.3 - 0.45) / Math.sqrt(pooled * (1 - pooled) * (1 / 100 + 1 / 100));
    expect(result.statistic).toBeCloseTo(z * z, 12);
    expect(result.df).toBe(1);
    expect(Math.abs(result.pValue - erfc(Math.sqrt(result.statistic / 2)))).toBeLessThan(1e-13);
  });

  it("with Yates' correction as R's correct = TRUE: |O − E| shrunk by 0.5 (X² = 421377/289408 for [[12,5],[7,9]])", () => {
    // |O − E| = 73/33 in every cell; (73/33 − 1/2)² × Σ 33 / (row × column) = 421377/289408, in exact fractions.
    const result = chiSquareTest(
      [
        [12, 5],
        [7, 9],
      ],
      { yates: true },
    );
    expect(result.statistic).toBeCloseTo(421377 / 289408, 12);
    expect(Math.abs(result.pValue - 0.22756821457580981)).toBeLessThan(1e-13);
    expect(Math.abs(result.pValue - erfc(Math.sqrt(result.statistic / 2)))).toBeLessThan(1e-13);
    expect(
      chiSquareTest([
        [12, 5],
        [7, 9],
      ]).statistic,
    ).toBeGreaterThan(result.statistic);
  });

  it('caps the correction at |O − E| when observed and expected nearly agree', () => {
    expect(
      chiSquareTest(
        [
          [10, 10],
          [10, 10],
        ],
        { yates: true },
      ).statistic,
    ).toBe(0);
  });

  it('refuses Yates beyond 2×2, empty rows or columns, and ragged tables', () => {
    expect(() =>
      chiSquareTest(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        { yates: true },
      ),
    ).toThrow(RangeError);
    expect(() =>
      chiSquareTest([
        [0, 0],
        [4, 5],
      ]),
    ).toThrow(RangeError);
    expect(() => chiSquareTest([[1, 2], [3]] as unknown as number[][])).toThrow(RangeError);
  });
});
