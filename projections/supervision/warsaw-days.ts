import { addDays } from '../../services/domain/deadlines/civil-date.js';
import { warsawDate } from '../../services/domain/deadlines/index.js';

/** Today's date in Warsaw at a moment: supervisors count days as the office does, in Polish time. */
export const warsawToday = (at: Date) => warsawDate(at.toISOString());

/** Whole calendar days from one date ('YYYY-MM-DD') to another; negative when `to` is the earlier. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The Sunday that ends the week of `date`: Polish weeks run Monday to Sunday. */
export function endOfWeek(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (7 - weekday) % 7);
}
