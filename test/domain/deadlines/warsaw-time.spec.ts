import { describe, expect, it } from 'vitest';
import { endOfWarsawDay, warsawDate } from '../../../services/domain/deadlines/index.js';

describe('warsawDate', () => {
  it.each([
    { name: 'late evening UTC on New Year’s Eve is already 1 January', instant: '2024-12-31T23:30:00Z', date: '2025-01-01' },
    { name: 'the last winter millisecond of 31 December', instant: '2024-12-31T22:59:59.999Z', date: '2024-12-31' },
    { name: 'summer midnight in Warsaw is 22:00 UTC', instant: '2025-06-30T22:00:00Z', date: '2025-07-01' },
    { name: 'one second before summer midnight', instant: '2025-06-30T21:59:59Z', date: '2025-06-30' },
    { name: 'an instant written in another zone', instant: '2025-03-03T00:30:00+05:00', date: '2025-03-02' },
    { name: 'an instant written in Warsaw time', instant: '2025-03-03T00:30:00+01:00', date: '2025-03-03' },
    { name: 'the night clocks go forward', instant: '2025-03-30T00:30:00Z', date: '2025-03-30' },
    { name: 'just after midnight the night clocks go back', instant: '2025-10-25T22:30:00Z', date: '2025-10-26' },
  ])('$name: $instant -> $date', ({ instant, date }) => {
    expect(warsawDate(instant)).toBe(date);
  });

  it.each([
    { name: 'a date without time', instant: '2025-03-03' },
    { name: 'a local time without offset', instant: '2025-03-03T10:00:00' },
    { name: 'a day that does not exist', instant: '2025-02-30T10:00:00Z' },
    { name: 'hour 24', instant: '2025-02-28T24:00:00Z' },
    { name: 'not a date at all', instant: 'yesterday' },
  ])('refuses $name', ({ instant }) => {
    expect(() => warsawDate(instant)).toThrow(/not an instant|not a calendar date/);
  });
});

describe('endOfWarsawDay', () => {
  it.each([
    { name: 'winter (CET)', date: '2025-03-03', dueAt: '2025-03-03T23:59:59.999+01:00' },
    { name: 'summer (CEST)', date: '2025-07-15', dueAt: '2025-07-15T23:59:59.999+02:00' },
    { name: 'the day before clocks go forward', date: '2025-03-29', dueAt: '2025-03-29T23:59:59.999+01:00' },
    { name: 'the day clocks go forward', date: '2025-03-30', dueAt: '2025-03-30T23:59:59.999+02:00' },
    { name: 'the day before clocks go back', date: '2025-10-25', dueAt: '2025-10-25T23:59:59.999+02:00' },
    { name: 'the day clocks go back', date: '2025-10-26', dueAt: '2025-10-26T23:59:59.999+01:00' },
    { name: 'New Year’s Eve', date: '2024-12-31', dueAt: '2024-12-31T23:59:59.999+01:00' },
  ])('$name: $date -> $dueAt', ({ date, dueAt }) => {
    expect(endOfWarsawDay(date)).toBe(dueAt);
    // the next millisecond is already the next Warsaw day
    expect(warsawDate(new Date(Date.parse(dueAt) + 1).toISOString())).not.toBe(date);
    expect(warsawDate(dueAt)).toBe(date);
  });

  it('refuses a date that does not exist', () => {
    expect(() => endOfWarsawDay('2025-02-29')).toThrow(/not a calendar date/);
  });
});
