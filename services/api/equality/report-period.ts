import { addDays } from '../../domain/deadlines/civil-date.js';
import { endOfWarsawDay, warsawDate } from '../../domain/deadlines/index.js';

/** Midnight in Warsaw at the start of `date`. */
export const startOfWarsawDay = (date: string) => new Date(Date.parse(endOfWarsawDay(addDays(date, -1))) + 1).toISOString();

export const isMonthStart = (instant: string) => {
  const date = warsawDate(instant);
  return date.endsWith('-01') && Date.parse(startOfWarsawDay(date)) === Date.parse(instant);
};

/** A period a report may cover: one calendar month, quarter or year in Warsaw, `from` inclusive, `to` exclusive. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export type PeriodLength = 'month' | 'quarter' | 'year';

const monthsOf: Record<PeriodLength, number> = { month: 1, quarter: 3, year: 12 };

/** The year and month (1–12) of a Warsaw month start. */
const yearMonth = (instant: string) => {
  const [year, month] = warsawDate(instant).split('-').map(Number);
  return { year: year!, month: month! };
};

const monthStart = (year: number, month: number) =>
  startOfWarsawDay(`${year + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`);

/**
 * Which of the allowed lengths [from, to) is, both being starts of months in Warsaw; null when it is none of them.
 * Quarters start in January, April, July and October; years in January. Any two such periods are nested or disjoint.
 */
export function periodLength({ from, to }: ReportPeriod): PeriodLength | null {
  const start = yearMonth(from);
  const end = yearMonth(to);
  const months = (end.year - start.year) * 12 + end.month - start.month;
  return (
    (Object.keys(monthsOf) as PeriodLength[]).find((length) => months === monthsOf[length] && (start.month - 1) % months === 0) ?? null
  );
}

/**
 * The periods one level down inside `period`: a year's quarters, a quarter's months; none for a month. Whatever a
 * shorter period hides, the longer one hides too, so that no subtraction of the shorter periods' reports from the
 * longer one's gives a hidden cell (docs/equal-treatment.md, "Periods").
 */
export function periodsInside(period: ReportPeriod): ReportPeriod[] {
  const length = periodLength(period);
  if (length === null || length === 'month') return [];
  const [parts, step] = length === 'year' ? [4, 3] : [3, 1];
  const { year, month } = yearMonth(period.from);
  return Array.from({ length: parts }, (_, i) => ({
    from: monthStart(year, month + i * step),
    to: monthStart(year, month + (i + 1) * step),
  }));
}
