import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../../services/domain/deadlines/index.js';

// KPA art. 57 §3: the day matching the start day by number, or the last day of a month without one.
describe('addCalendarMonths', () => {
  it.each([
    { name: '31 January in a leap year ends on 29 February', start: '2024-01-31', months: 1, end: '2024-02-29' },
    { name: '31 January in 2025 ends on 28 February', start: '2025-01-31', months: 1, end: '2025-02-28' },
    { name: '30 January in 2025 ends on 28 February', start: '2025-01-30', months: 1, end: '2025-02-28' },
    { name: '30 April ends on 30 May, not 31 May', start: '2025-04-30', months: 1, end: '2025-05-30' },
    { name: '31 March ends on 30 April', start: '2025-03-31', months: 1, end: '2025-04-30' },
    { name: '31 August ends on 30 September', start: '2025-08-31', months: 1, end: '2025-09-30' },
    { name: '28 February ends on 28 March (the matching number, not the month end)', start: '2025-02-28', months: 1, end: '2025-03-28' },
    { name: '29 February ends on 29 March', start: '2024-02-29', months: 1, end: '2024-03-29' },
    { name: 'a mid-month day keeps its number', start: '2025-01-15', months: 1, end: '2025-02-15' },
    { name: 'across the year end', start: '2025-12-31', months: 1, end: '2026-01-31' },
    { name: 'two months from 31 December end on 28 February', start: '2025-12-31', months: 2, end: '2026-02-28' },
    { name: 'two months from 30 December 2023 end on 29 February 2024', start: '2023-12-30', months: 2, end: '2024-02-29' },
  ])('$name', ({ start, months, end }) => {
    expect(addCalendarMonths(start, months)).toBe(end);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addCalendarMonths('2025-02-30', 1)).toThrow(/not a calendar date/);
  });
});
