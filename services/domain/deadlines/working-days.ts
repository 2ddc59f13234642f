import { addDays } from './civil-date.js';
import type { Calendar } from './calendar.js';
import { warsawDate } from './warsaw-time.js';

/** KPA art. 57 §5: a deadline ending on a Saturday or a day free from work ends on the next day that is neither. */
export function nextWorkingDayFrom(date: string, calendar: Calendar): string {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The Nth working day after the start day; the start day itself is not counted (as in KPA art. 57 §1). */
export function addWorkingDays(start: string, count: number, calendar: Calendar): string {
  let day = start;
  for (let counted = 0; counted < count;) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * Working days after the Warsaw date of `fromInstant` up to and including that of `toInstant`, so that
 * N-working-day deadlines measure N. Negative when `toInstant` is the earlier (e.g. working days overdue).
 */
export function workingDaysBetween(fromInstant: string, toInstant: string, calendar: Calendar): number {
  const from = warsawDate(fromInstant);
  const to = warsawDate(toInstant);
  const [first, last, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return sign * count;
}
