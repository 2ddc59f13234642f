import { describe, expect, it } from 'vitest';
import { longDate, longDateTime, warsawDateTimeCell } from '../../services/api/exports/warsaw-text.js';

describe('instants in exports are written in Warsaw time, the Polish way by default', () => {
  it('in winter (UTC+1) and summer (UTC+2), whatever offset the instant was written with', () => {
    expect(warsawDateTimeCell('2025-01-02T08:00:00Z', 'pl')).toBe('02.01.2025 09:00');
    expect(warsawDateTimeCell('2025-07-14T08:05:00Z', 'pl')).toBe('14.07.2025 10:05');
    expect(warsawDateTimeCell('2025-07-14T13:05:00+05:00', 'en')).toBe('2025-07-14 10:05');
  });

  it('across midnight and the change of clocks', () => {
    // Late on New Year's Eve in UTC is already the new year in Warsaw.
    expect(warsawDateTimeCell('2024-12-31T23:30:00Z', 'pl')).toBe('01.01.2025 00:30');
    // 30 March 2025: clocks go from 02:00 to 03:00; 01:30Z is 03:30 summer time.
    expect(warsawDateTimeCell('2025-03-30T00:59:00Z', 'pl')).toBe('30.03.2025 01:59');
    expect(warsawDateTimeCell('2025-03-30T01:30:00Z', 'pl')).toBe('30.03.2025 03:30');
  });

  it('in words for printed pages, with Polish month names in the genitive', () => {
    expect(longDate('2025-02-01', 'pl')).toBe('1 lutego 2025');
    expect(longDate('2025-02-01', 'en')).toBe('1 February 2025');
    expect(longDateTime('2025-01-31T23:00:00.000Z', 'pl')).toBe('1 lutego 2025, 00:00');
    expect(longDateTime('2025-05-31T22:00:00.000Z', 'en')).toBe('1 June 2025, 00:00');
  });
});
