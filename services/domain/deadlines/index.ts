/** The deadline engine: pure functions of the dates they are given (no clock, no I/O). */
export { createCalendar, type Calendar, type CalendarOptions, type OfficeClosure } from './calendar.js';
export { addCalendarMonths, addDays, daysBetween } from './civil-date.js';
export { computeDeadline, type DeadlineFact } from './compute.js';
export { publicHolidays } from './public-holidays.js';
export {
  DeadlineRuleNameSchema,
  deadlineRuleNames,
  deadlineTerm,
  isDeadlineRuleName,
  type DeadlineRuleName,
  type DeadlineTerm,
} from './rules.js';
export { endOfWarsawDay, warsawDate } from './warsaw-time.js';
export { addWorkingDays, nextWorkingDayFrom, workingDaysBetween } from './working-days.js';
