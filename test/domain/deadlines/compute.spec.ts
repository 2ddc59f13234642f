import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { computeDeadline, createCalendar, publicHolidays, type DeadlineRuleName } from '../../../services/domain/deadlines/index.js';

const calendar = createCalendar();
const due = (from: string, rule: DeadlineRuleName) => computeDeadline(from, rule, calendar).dueDate;

// KPA art. 237 §1, counted per art. 57 §3 (month ends) and §5 (Saturdays and days free from work).
describe('answer within one month', () => {
  it.each([
    { name: '31 January 2025 -> 28 February (Friday)', from: '2025-01-31T10:00:00+01:00', dueDate: '2025-02-28' },
    { name: '31 January 2024 -> 29 February (leap year, Thursday)', from: '2024-01-31T10:00:00+01:00', dueDate: '2024-02-29' },
    { name: '30 April -> 30 May (Friday)', from: '2025-04-30T10:00:00+02:00', dueDate: '2025-05-30' },
    { name: 'due on Saturday 15 February -> Monday', from: '2025-01-15T10:00:00+01:00', dueDate: '2025-02-17' },
    { name: 'due on Sunday 16 February -> Monday', from: '2025-01-16T10:00:00+01:00', dueDate: '2025-02-17' },
    { name: 'Saturday, Easter Sunday, Easter Monday 2025 -> Tuesday', from: '2025-03-19T10:00:00+01:00', dueDate: '2025-04-22' },
    { name: 'Saturday, Easter Sunday, Easter Monday 2026 -> Tuesday', from: '2026-03-04T10:00:00+01:00', dueDate: '2026-04-07' },
    { name: '24-26 December 2025 and the weekend -> Monday 29th', from: '2025-11-24T10:00:00+01:00', dueDate: '2025-12-29' },
    { name: 'Saturday 27 December 2025 -> Monday 29th', from: '2025-11-27T10:00:00+01:00', dueDate: '2025-12-29' },
    { name: '24 December 2024 was a working day', from: '2024-11-24T10:00:00+01:00', dueDate: '2024-12-24' },
    { name: 'New Year’s Day 2026 -> Friday 2 January', from: '2025-12-01T10:00:00+01:00', dueDate: '2026-01-02' },
    { name: 'received 23:30 UTC on 31 December: starts on 1 January in Warsaw', from: '2024-12-31T23:30:00Z', dueDate: '2025-02-03' },
    { name: 'received 22:30 UTC on 30 June: starts on 1 July in Warsaw', from: '2025-06-30T22:30:00Z', dueDate: '2025-08-01' },
    { name: 'received 21:59 UTC on 30 June: still 30 June in Warsaw', from: '2025-06-30T21:59:59Z', dueDate: '2025-07-30' },
  ])('$name', ({ from, dueDate }) => {
    expect(due(from, 'KPA-237-1-month')).toBe(dueDate);
  });
});

// art. 57 §5 for every statutory holiday of 2025: a 7-day deadline that lands on it moves on.
describe('a deadline landing on each 2025 public holiday', () => {
  const rows = [
    { name: 'New Year’s Day (Wed)', from: '2024-12-25T10:00:00+01:00', holiday: '2025-01-01', dueDate: '2025-01-02' },
    { name: 'Epiphany (Mon)', from: '2024-12-30T10:00:00+01:00', holiday: '2025-01-06', dueDate: '2025-01-07' },
    { name: 'Easter Sunday, then Easter Monday', from: '2025-04-13T10:00:00+02:00', holiday: '2025-04-20', dueDate: '2025-04-22' },
    { name: 'Easter Monday', from: '2025-04-14T10:00:00+02:00', holiday: '2025-04-21', dueDate: '2025-04-22' },
    { name: 'Labour Day (Thu), 2 May is a working day', from: '2025-04-24T10:00:00+02:00', holiday: '2025-05-01', dueDate: '2025-05-02' },
    { name: 'Constitution Day (Sat), then Sunday', from: '2025-04-26T10:00:00+02:00', holiday: '2025-05-03', dueDate: '2025-05-05' },
    { name: 'Pentecost (Sun)', from: '2025-06-01T10:00:00+02:00', holiday: '2025-06-08', dueDate: '2025-06-09' },
    { name: 'Corpus Christi (Thu)', from: '2025-06-12T10:00:00+02:00', holiday: '2025-06-19', dueDate: '2025-06-20' },
    { name: 'Assumption (Fri), then the weekend', from: '2025-08-08T10:00:00+02:00', holiday: '2025-08-15', dueDate: '2025-08-18' },
    { name: 'All Saints (Sat), then Sunday', from: '2025-10-25T10:00:00+02:00', holiday: '2025-11-01', dueDate: '2025-11-03' },
    { name: 'Independence Day (Tue)', from: '2025-11-04T10:00:00+01:00', holiday: '2025-11-11', dueDate: '2025-11-12' },
    { name: 'Christmas Eve, Christmas, the weekend', from: '2025-12-17T10:00:00+01:00', holiday: '2025-12-24', dueDate: '2025-12-29' },
    { name: 'Christmas Day', from: '2025-12-18T10:00:00+01:00', holiday: '2025-12-25', dueDate: '2025-12-29' },
    { name: 'Second day of Christmas (Fri)', from: '2025-12-19T10:00:00+01:00', holiday: '2025-12-26', dueDate: '2025-12-29' },
  ];

  it('covers all 14 holidays of 2025', () => {
    expect(rows.map((r) => r.holiday)).toEqual(publicHolidays(2025).map((h) => h.date));
  });

  it.each(rows)('$name: $holiday -> $dueDate', ({ from, holiday, dueDate }) => {
    expect(calendar.holidayName(holiday)).not.toBeNull();
    expect(due(from, 'KPA-231-forward-7-days')).toBe(dueDate);
  });

  it.each([
    { name: 'Easter Monday 2024', from: '2024-03-25T10:00:00+01:00', dueDate: '2024-04-02' },
    { name: 'Easter Monday 2026', from: '2026-03-30T10:00:00+02:00', dueDate: '2026-04-07' },
    { name: 'Corpus Christi 2024', from: '2024-05-23T10:00:00+02:00', dueDate: '2024-05-31' },
    { name: 'Corpus Christi 2026', from: '2026-05-28T10:00:00+02:00', dueDate: '2026-06-05' },
  ])('moves off $name in other years', ({ from, dueDate }) => {
    expect(due(from, 'SUPPLEMENT-7-days')).toBe(dueDate);
  });
});

describe('the day and month clocks', () => {
  it.each([
    { name: 'forward within 7 days (art. 231)', rule: 'KPA-231-forward-7-days', from: '2025-03-03T09:00:00+01:00', dueDate: '2025-03-10' },
    {
      name: 'supplement within 7 days (§8 of the 2002 regulation)',
      rule: 'SUPPLEMENT-7-days',
      from: '2025-03-05T09:00:00+01:00',
      dueDate: '2025-03-12',
    },
    {
      name: '7 days from a Saturday end on a Saturday -> Monday',
      rule: 'SUPPLEMENT-7-days',
      from: '2025-03-01T09:00:00+01:00',
      dueDate: '2025-03-10',
    },
    {
      name: 'inform the MP within 14 days (art. 237 §2)',
      rule: 'KPA-237-2-mp-14-days',
      from: '2025-03-03T09:00:00+01:00',
      dueDate: '2025-03-17',
    },
    {
      name: 'mediation consent: 14 days onto Easter Monday',
      rule: 'KPA-96b-consent-14-days',
      from: '2025-04-07T09:00:00+02:00',
      dueDate: '2025-04-22',
    },
    {
      name: 'mediation postponement: 2 months',
      rule: 'KPA-96e-mediation-2-months',
      from: '2025-01-10T09:00:00+01:00',
      dueDate: '2025-03-10',
    },
    {
      name: 'mediation postponement from 31 December ends 28 February',
      rule: 'KPA-96e-mediation-2-months',
      from: '2024-12-31T09:00:00+01:00',
      dueDate: '2025-02-28',
    },
    {
      name: 'mediation extension: 1 month from the end of the postponement',
      rule: 'KPA-96e-extension-1-month',
      from: '2025-03-10T23:59:59.999+01:00',
      dueDate: '2025-04-10',
    },
  ] as const)('$name', ({ rule, from, dueDate }) => {
    expect(due(from, rule)).toBe(dueDate);
  });
});

describe('the recorded fact', () => {
  it('carries the rule, the calendar version and the end of the Warsaw day in winter', () => {
    expect(computeDeadline('2025-01-31T10:00:00+01:00', 'KPA-237-1-month', calendar)).toEqual({
      dueDate: '2025-02-28',
      dueAt: '2025-02-28T23:59:59.999+01:00',
      rule: 'KPA-237-1-month',
      calendarVersion: calendar.version,
    });
    expect(calendar.version).toMatch(/^PL-public-holidays\(date-holidays@\d+\.\d+\.\d+\+one-off:\d+\)\+closures:v0$/);
  });

  it('ends a summer day at +02:00', () => {
    expect(computeDeadline('2025-06-30T22:30:00Z', 'KPA-237-1-month', calendar).dueAt).toBe('2025-08-01T23:59:59.999+02:00');
  });

  it('is a valid instant with offset for the event schemas', () => {
    const fact = computeDeadline('2025-10-20T10:00:00+02:00', 'KPA-231-forward-7-days', calendar);
    expect(fact.dueAt).toBe('2025-10-27T23:59:59.999+01:00');
    expect(z.iso.datetime({ offset: true }).safeParse(fact.dueAt).success).toBe(true);
  });
});
