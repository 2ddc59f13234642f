import { describe, expect, it } from 'vitest';
import { readPValue } from '../../../services/domain/equality/index.js';

describe('plain-language reading of a p-value', () => {
  it('says a difference may be chance at p ≥ 0.05, in Polish with a decimal comma and in English', () => {
    expect(readPValue(0.41)).toEqual({ pl: 'Różnica może być przypadkowa (p = 0,41)', en: 'The difference may be chance (p = 0.41)' });
    expect(readPValue(1).en).toBe('The difference may be chance (p = 1)');
  });

  it('says it is unlikely to be chance below 0.05', () => {
    expect(readPValue(0.003)).toEqual({
      pl: 'Mało prawdopodobne, by różnica była przypadkowa (p = 0,003)',
      en: 'Unlikely to be chance (p = 0.003)',
    });
    expect(readPValue(2.95e-7).pl).toBe('Mało prawdopodobne, by różnica była przypadkowa (p < 0,001)');
  });

  it('never rounds p across the threshold', () => {
    expect(readPValue(0.0496).en).toBe('Unlikely to be chance (p = 0.0496)');
    expect(readPValue(0.04999).en).toBe('Unlikely to be chance (p = 0.04999)');
    expect(readPValue(0.0504).en).toBe('The difference may be chance (p = 0.05)');
  });
});
