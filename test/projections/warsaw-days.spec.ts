import { describe, expect, it } from 'vitest';
import { endOfWeek, warsawToday } from '../../projections/supervision/warsaw-days.js';
import { daysBetween } from '../../services/domain/deadlines/index.js';

describe('days as supervisors count them (Warsaw dates)', () => {
  it('today is the Warsaw date: 23:30 UTC on New Year’s Eve is already 1 January', () => {
    expect(warsawToday(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(warsawToday(new Date('2025-03-30T22:30:00Z'))).toBe('2025-03-31'); // summer time from 30 March
  });

  it('counts whole calendar days across month ends, leap days and the change of clocks', () => {
    expect(daysBetween('2025-02-28', '2025-03-11')).toBe(11);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-03-11', '2025-03-10')).toBe(-1);
  });

  it('weeks run Monday to Sunday', () => {
    expect(endOfWeek('2025-03-10')).toBe('2025-03-16'); // Monday
    expect(endOfWeek('2025-03-16')).toBe('2025-03-16'); // Sunday
    expect(endOfWeek('2025-12-29')).toBe('2026-01-04'); // across the new year
  });
});
