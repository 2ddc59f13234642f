import { addCalendarMonths, addDays } from './civil-date.js';
import type { Calendar } from './calendar.js';
import { deadlineTerm, type DeadlineRuleName } from './rules.js';
import { endOfWarsawDay, warsawDate } from './warsaw-time.js';
import { addWorkingDays, nextWorkingDayFrom } from './working-days.js';

/** A computed deadline, recorded with the rule and calendar that produced it so compliance can be proven later. */
export interface DeadlineFact {
  /** The last day, 'YYYY-MM-DD' in Europe/Warsaw. */
  dueDate: string;
  /** The end of that day in Europe/Warsaw, ISO 8601 with its offset. */
  dueAt: string;
  rule: DeadlineRuleName;
  calendarVersion: string;
}

/**
 * The deadline a rule sets for an event at `from` (an instant with offset). The start day is the event's
 * Warsaw date and is not counted (KPA art. 57 §1); days and months that end on a Saturday or a day free
 * from work move to the next working day (art. 57 §5); working days count only working days.
 */
export function computeDeadline(from: string, rule: DeadlineRuleName, calendar: Calendar): DeadlineFact {
  const term = deadlineTerm(rule);
  const start = warsawDate(from);
  const dueDate =
    term.unit === 'working-days'
      ? addWorkingDays(start, term.amount, calendar)
      : nextWorkingDayFrom(term.unit === 'months' ? addCalendarMonths(start, term.amount) : addDays(start, term.amount), calendar);
  return { dueDate, dueAt: endOfWarsawDay(dueDate), rule, calendarVersion: calendar.version };
}
