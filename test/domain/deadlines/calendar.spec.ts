import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar, publicHolidays } from '../../../services/domain/deadlines/index.js';

const calendar = createCalendar();

describe('Polish public holidays (Act of 18 January 1951 on days free from work)', () => {
  it('2025 has exactly 14, with 24 December added by the 2024 amendment', () => {
    expect(publicHolidays(2025).map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-01-06',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-03',
      '2025-06-08',
      '2025-06-19',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('2024 has 13: 24 December was still a working day', () => {
    expect(publicHolidays(2024)).toHaveLength(13);
    expect(calendar.isWorkingDay('2024-12-24')).toBe(true);
    expect(calendar.holidayName('2024-12-24')).toBeNull();
  });

  it('2026 keeps 24 December', () => {
    expect(publicHolidays(2026)).toHaveLength(14);
    expect(calendar.holidayName('2026-12-24')).toBe('Wigilia Bożego Narodzenia');
  });

  it.each([
    { name: 'Easter Monday 2024', date: '2024-04-01', holiday: 'Drugi dzień Wielkanocy' },
    { name: 'Easter Monday 2025', date: '2025-04-21', holiday: 'Drugi dzień Wielkanocy' },
    { name: 'Easter Monday 2026', date: '2026-04-06', holiday: 'Drugi dzień Wielkanocy' },
    { name: 'Corpus Christi 2024', date: '2024-05-30', holiday: 'Dzień Bożego Ciała' },
    { name: 'Corpus Christi 2025', date: '2025-06-19', holiday: 'Dzień Bożego Ciała' },
    { name: 'Corpus Christi 2026', date: '2026-06-04', holiday: 'Dzień Bożego Ciała' },
  ])('$name falls on $date', ({ date, holiday }) => {
    expect(calendar.holidayName(date)).toBe(holiday);
    expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it.each([
    { name: 'an ordinary Monday', date: '2025-03-03', working: true },
    { name: 'a Saturday', date: '2025-03-08', working: false },
    { name: 'a Sunday', date: '2025-03-09', working: false },
    { name: 'Good Friday (a school day off, not a public holiday)', date: '2025-04-18', working: true },
    { name: '2 May (Flag Day, not a day free from work)', date: '2025-05-02', working: true },
    { name: 'the Friday after Corpus Christi', date: '2025-06-20', working: true },
  ])('$name is working: $working', ({ date, working }) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('refuses a date that does not exist', () => {
    expect(() => calendar.isWorkingDay('2025-13-01')).toThrow(/not a calendar date/);
  });
});

describe('calendar version', () => {
  const installed = JSON.parse(readFileSync('node_modules/date-holidays/package.json', 'utf8')) as { version: string };

  it('names the holiday data actually installed and the closures list', () => {
    expect(calendar.version).toBe(`PL-public-holidays(date-holidays@${installed.version}+one-off:1)+closures:v0`);
  });

  it('changes when the office closures list changes', () => {
    const withClosures = createCalendar({
      closures: [{ date: '2025-11-10', reason: 'day off for 1 November' }],
      closuresVersion: '2025-1',
    });
    expect(withClosures.version).toBe(`PL-public-holidays(date-holidays@${installed.version}+one-off:1)+closures:2025-1`);
  });
});

describe('office closures', () => {
  const closing = { date: '2025-11-10', reason: 'day off for 1 November falling on a Saturday (Labour Code art. 130 §2)' };

  it('makes the day a non-working day and says why', () => {
    const office = createCalendar({ closures: [closing], closuresVersion: '2025-1' });
    expect(calendar.isWorkingDay('2025-11-10')).toBe(true);
    expect(office.isWorkingDay('2025-11-10')).toBe(false);
    expect(office.holidayName('2025-11-10')).toBe(closing.reason);
  });

  it('requires a version once there is a closure', () => {
    expect(() => createCalendar({ closures: [closing] })).toThrow(/version/);
    expect(() => createCalendar({ closures: [closing], closuresVersion: '  ' })).toThrow(/version/);
  });

  it('refuses a closure on a date that does not exist', () => {
    expect(() => createCalendar({ closures: [{ date: '2025-11-31', reason: 'x' }], closuresVersion: '1' })).toThrow(/not a calendar date/);
  });
});
