import { BadInput } from '../../errors.js';

/** Calendar dates ('YYYY-MM-DD', no time, no zone): KPA art. 57 counts whole days, not hours. */
const dayMs = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the date unchanged if it is a real 'YYYY-MM-DD' date (refuses 2025-02-30 and 2025-3-1). */
export function checkCivilDate(date: string, field = 'date'): string {
  const [, year, month, day] = datePattern.exec(date) ?? [];
  const epochMs = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (Number.isNaN(epochMs) || new Date(epochMs).toISOString().slice(0, 10) !== date) {
    throw new BadInput(`'${date}' is not a calendar date: write it as YYYY-MM-DD, e.g. 2025-03-03.`, [
      { path: field, message: 'expected a date YYYY-MM-DD' },
    ]);
  }
  return date;
}

function toUtcDate(date: string): Date {
  return new Date(`${checkCivilDate(date)}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcDate(date).getTime() + days * dayMs).toISOString().slice(0, 10);
}

/** Whole calendar days from one date to another; negative when `to` is the earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / dayMs);
}

/**
 * KPA art. 57 §3: a deadline in months ends on the day of the last month that matches the start day by
 * number, or on that month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb).
 */
export function addCalendarMonths(date: string, months: number): string {
  const start = toUtcDate(date);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDayOfTargetMonth);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const weekday = toUtcDate(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}
