import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../../services/domain/equality/index.js';

describe("Holm's adjustment", () => {
  it('matches R: p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") = 0.05 0.08 0.09 0.09 0.09', () => {
    const adjusted = holmAdjust([0.01, 0.02, 0.03, 0.04, 0.05]);
    [0.05, 0.08, 0.09, 0.09, 0.09].forEach((p, i) => expect(adjusted[i]).toBeCloseTo(p, 12));
  });

  it('keeps the input order and caps at 1', () => {
    const adjusted = holmAdjust([0.4, 0.001, 0.6]);
    [0.8, 0.003, 0.8].forEach((p, i) => expect(adjusted[i]).toBeCloseTo(p, 12));
    expect(holmAdjust([0.7, 0.9])).toEqual([1, 1]);
  });
});
