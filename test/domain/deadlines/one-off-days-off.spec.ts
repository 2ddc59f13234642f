import { describe, expect, it } from 'vitest';
import { computeDeadline, createCalendar, publicHolidays } from '../../../services/domain/deadlines/index.js';

const calendar = createCalendar();

// Ustawa z dnia 9 listopada 2018 r. o ustanowieniu dnia 12 listopada 2018 r. dniem wolnym od pracy: a day free from
// work by statute, once, which a library of recurring holidays lacks. KPA art. 57 § 5 moves a term off it.
describe('KPA art. 57 § 5 with one-off statutory days off: 12 November 2018', () => {
  it('is a day free from work, named as such', () => {
    expect(calendar.isWorkingDay('2018-11-12')).toBe(false);
    expect(calendar.holidayName('2018-11-12')).toMatch(/100\. rocznica odzyskania niepodległości/);
    expect(publicHolidays(2018).map((h) => h.date)).toContain('2018-11-12');
  });

  it('moves a month ending on it to the next working day: received 12 October 2018, answered by 13 November', () => {
    expect(computeDeadline('2018-10-12T10:00:00+02:00', 'KPA-237-1-month', calendar).dueDate).toBe('2018-11-13');
  });

  it('moves a 7-day term ending on it, and is not counted in working days', () => {
    expect(computeDeadline('2018-11-05T10:00:00+01:00', 'KPA-231-forward-7-days', calendar).dueDate).toBe('2018-11-13');
    // 9 November (Friday) + 1 working day skips the weekend and 12 November.
    expect(computeDeadline('2018-11-09T10:00:00+01:00', 'WORKING-DAYS-1', calendar).dueDate).toBe('2018-11-13');
  });

  it('is a day of 2018 only: 12 November 2019 is a working Tuesday', () => {
    expect(calendar.isWorkingDay('2019-11-12')).toBe(true);
  });

  it('is named in every calendar version, so deadlines show they were computed with it', () => {
    expect(calendar.version).toMatch(/\+one-off:1\)/);
  });
});
