import { describe, expect, it } from 'vitest';
import { quantile } from '../../../services/domain/equality/index.js';

describe('quantiles, R type 7', () => {
  it('matches R: quantile(1:10, 0.9) = 9.1, median(1:10) = 5.5, quantile(c(1, 3, 7), 0.5) = 3', () => {
    const oneToTen = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(quantile(oneToTen, 0.9)).toBeCloseTo(9.1, 12);
    expect(quantile(oneToTen, 0.5)).toBe(5.5);
    expect(quantile([1, 3, 7], 0.5)).toBe(3);
  });

  it('gives the one value of a single-value list, and refuses an empty one', () => {
    expect(quantile([4.5], 0.9)).toBe(4.5);
    expect(quantile([2, 8], 1)).toBe(8);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});
