import { BadInput } from '../../errors.js';
import { checkCivilDate, isWeekend } from './civil-date.js';
import { holidaySource, publicHolidayName } from './public-holidays.js';

export interface Calendar {
  /** Recorded with every deadline: which holiday data and which closures list produced it. */
  version: string;
  isWorkingDay(date: string): boolean;
  /** The public holiday's name, or the office closure's reason, or null for an ordinary day. */
  holidayName(date: string): string | null;
}

/**
 * A day the office is closed though the law does not free it, e.g. a day off given for a holiday on a Saturday
 * (Labour Code art. 130 §2). It counts as non-working for every rule: an office policy, since KPA art. 57 §5
 * itself names only Saturdays and statutory days free from work.
 */
export interface OfficeClosure {
  date: string;
  reason: string;
}

export interface CalendarOptions {
  closures?: readonly OfficeClosure[];
  /** The office's version of its closures list; required as soon as the list is not empty. */
  closuresVersion?: string;
}

/** Working days: Monday to Friday, except statutory holidays and the office's closures. */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  const closures = new Map((options.closures ?? []).map((c, i) => [checkCivilDate(c.date, `closures[${i}].date`), c.reason]));
  const closuresVersion = options.closuresVersion?.trim() || (closures.size === 0 ? 'v0' : undefined);
  if (closuresVersion === undefined) {
    throw new BadInput('Give the office closures list a version (e.g. "2025-1"), so every deadline records which list produced it.', [
      { path: 'closuresVersion', message: 'required when closures are given' },
    ]);
  }
  const holidayName = (date: string) => publicHolidayName(checkCivilDate(date)) ?? closures.get(date) ?? null;
  return {
    version: `${holidaySource}+closures:${closuresVersion}`,
    isWorkingDay: (date) => !isWeekend(date) && holidayName(date) === null,
    holidayName,
  };
}
