import { addDays, warsawDate } from '../../services/domain/deadlines/index.js';

/** Today's date in Warsaw at a moment: supervisors count days as the office does, in Polish time. */
export const warsawToday = (at: Date) => warsawDate(at.toISOString());

/** The Sunday that ends the week of `date`: Polish weeks run Monday to Sunday. */
export function endOfWeek(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (7 - weekday) % 7);
}
