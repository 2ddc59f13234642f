import { describe, expect, it } from 'vitest';
import { computeDeadline, createCalendar, workingDaysBetween } from '../../../services/domain/deadlines/index.js';

const calendar = createCalendar();
// 1 November 2025 falls on a Saturday, so the office gives 10 November off in exchange (Labour Code art. 130 §2).
const office = createCalendar({ closures: [{ date: '2025-11-10', reason: 'day off for 1 November' }], closuresVersion: '2025-1' });

describe('N working days after the start day', () => {
  it.each([
    { name: '5 from a Monday', rule: 'WORKING-DAYS-5', from: '2025-03-03T09:00:00+01:00', dueDate: '2025-03-10' },
    { name: '5 from a Friday', rule: 'WORKING-DAYS-5', from: '2025-03-07T09:00:00+01:00', dueDate: '2025-03-14' },
    { name: '5 from a Saturday: Monday is the first', rule: 'WORKING-DAYS-5', from: '2025-03-08T09:00:00+01:00', dueDate: '2025-03-14' },
    { name: '5 across Easter 2025', rule: 'WORKING-DAYS-5', from: '2025-04-17T09:00:00+02:00', dueDate: '2025-04-25' },
    { name: '20 in an ordinary month', rule: 'WORKING-DAYS-20', from: '2025-03-03T09:00:00+01:00', dueDate: '2025-03-31' },
    { name: '20 across 1 and 3 May 2025', rule: 'WORKING-DAYS-20', from: '2025-04-28T09:00:00+02:00', dueDate: '2025-05-27' },
    {
      name: '20 across Christmas, New Year and Epiphany',
      rule: 'WORKING-DAYS-20',
      from: '2025-12-15T09:00:00+01:00',
      dueDate: '2026-01-19',
    },
    {
      name: '5 from a late-evening UTC instant that is Monday in Warsaw',
      rule: 'WORKING-DAYS-5',
      from: '2025-03-02T23:30:00Z',
      dueDate: '2025-03-10',
    },
  ] as const)('$name -> $dueDate', ({ rule, from, dueDate }) => {
    const fact = computeDeadline(from, rule, calendar);
    expect(fact.dueDate).toBe(dueDate);
    expect(workingDaysBetween(from, fact.dueAt, calendar)).toBe(Number(rule.slice('WORKING-DAYS-'.length)));
  });
});

describe('office closures', () => {
  it.each([
    {
      name: 'a 7-day deadline on the closure moves past it and Independence Day',
      rule: 'KPA-231-forward-7-days',
      from: '2025-11-03T09:00:00+01:00',
      plain: '2025-11-10',
      closed: '2025-11-12',
    },
    {
      name: 'a month ending on the closure moves too',
      rule: 'KPA-237-1-month',
      from: '2025-10-10T09:00:00+02:00',
      plain: '2025-11-10',
      closed: '2025-11-12',
    },
    {
      name: 'working days skip the closure',
      rule: 'WORKING-DAYS-5',
      from: '2025-11-05T09:00:00+01:00',
      plain: '2025-11-13',
      closed: '2025-11-14',
    },
  ] as const)('$name', ({ rule, from, plain, closed }) => {
    expect(computeDeadline(from, rule, calendar).dueDate).toBe(plain);
    const fact = computeDeadline(from, rule, office);
    expect(fact.dueDate).toBe(closed);
    expect(fact.calendarVersion).toBe(office.version);
    expect(fact.calendarVersion).not.toBe(calendar.version);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    { name: 'Monday to the next Monday', from: '2025-03-03T09:00:00+01:00', to: '2025-03-10T15:00:00+01:00', days: 5 },
    { name: 'the same day', from: '2025-03-03T09:00:00+01:00', to: '2025-03-03T17:00:00+01:00', days: 0 },
    { name: 'across Christmas 2025', from: '2025-12-22T09:00:00+01:00', to: '2025-12-29T09:00:00+01:00', days: 2 },
    { name: 'Warsaw dates, not UTC dates', from: '2025-03-02T23:30:00Z', to: '2025-03-07T12:00:00Z', days: 4 },
    { name: 'backwards (overdue) is negative', from: '2025-03-10T15:00:00+01:00', to: '2025-03-03T09:00:00+01:00', days: -5 },
  ])('$name: $days', ({ from, to, days }) => {
    expect(workingDaysBetween(from, to, calendar)).toBe(days);
  });

  it('counts the office’s closures as non-working', () => {
    expect(workingDaysBetween('2025-11-07T09:00:00+01:00', '2025-11-12T09:00:00+01:00', calendar)).toBe(2);
    expect(workingDaysBetween('2025-11-07T09:00:00+01:00', '2025-11-12T09:00:00+01:00', office)).toBe(1);
  });

  it('refuses an instant without offset', () => {
    expect(() => workingDaysBetween('2025-03-03T09:00:00', '2025-03-10T09:00:00Z', calendar)).toThrow(/offset/);
  });
});
