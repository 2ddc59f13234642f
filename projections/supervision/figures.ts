import type { Calendar } from '../../services/domain/deadlines/index.js';
import { warsawDate, workingDaysBetween } from '../../services/domain/deadlines/index.js';
import { isOpen } from '../../services/domain/complaint/index.js';
import { type DisputeView, isOverdue } from '../dispute-view.js';
import { addDays } from '../../services/domain/deadlines/civil-date.js';
import { daysBetween } from '../../services/domain/deadlines/index.js';
import { endOfWeek, warsawToday } from './warsaw-days.js';

/**
 * What supervisors ask of open disputes, as pure functions of the views and the moment they are asked at: the
 * read model feeds them today's views, a replay of the events feeds them the views of a past moment, and both
 * get the same answers by construction.
 */
export interface DueSoon {
  view: DisputeView;
  /** Calendar days from today (Warsaw) to the due date: 0 when due today. */
  daysLeft: number;
  /** Working days after today up to and including the due date. */
  workingDaysLeft: number;
}

export interface Late {
  view: DisputeView;
  /** Calendar days from the due date to today (Warsaw). */
  daysLate: number;
  /** Working days after the due date up to and including today. */
  workingDaysLate: number;
}

export interface WorkloadFigures {
  open: number;
  /** Open, not yet late, due by the Sunday of this week. */
  dueThisWeek: number;
  overdue: number;
  /** Mean calendar days since receipt of the open disputes; null when there are none. */
  averageAgeDays: number | null;
}

export interface Workload {
  weekEnds: string;
  byAssignee: { assignee: { userId: string; name: string } | null; figures: WorkloadFigures }[];
  byUnit: { unit: string | null; figures: WorkloadFigures }[];
}

const byDue = (a: { view: DisputeView }, b: { view: DisputeView }) =>
  Date.parse(a.view.dueAt) - Date.parse(b.view.dueAt) || (a.view.id < b.view.id ? -1 : a.view.id > b.view.id ? 1 : 0);

/** Open disputes not yet late and due within `days` calendar days (today counts as 0), soonest first. */
export function dueWithin(views: readonly DisputeView[], at: Date, days: number, calendar: Calendar): DueSoon[] {
  const today = warsawToday(at);
  const lastDay = addDays(today, days);
  return views
    .filter((v) => isOpen(v.domain) && !isOverdue(v, at) && warsawDate(v.dueAt) <= lastDay)
    .map((view) => ({ view, daysLeft: daysBetween(today, warsawDate(view.dueAt)), workingDaysLeft: workingDaysBetween(at.toISOString(), view.dueAt, calendar) }))
    .sort(byDue);
}

/** Open disputes past their due date at `at`, the longest late first. */
export function overdueAt(views: readonly DisputeView[], at: Date, calendar: Calendar): Late[] {
  const today = warsawToday(at);
  return views
    .filter((v) => isOverdue(v, at))
    .map((view) => ({ view, daysLate: daysBetween(warsawDate(view.dueAt), today), workingDaysLate: workingDaysBetween(view.dueAt, at.toISOString(), calendar) }))
    .sort(byDue);
}

/** Open, due this week and late, and the mean age, per assignee (null: unassigned) and per unit (null: none named). */
export function workloadAt(views: readonly DisputeView[], at: Date): Workload {
  const today = warsawToday(at);
  const weekEnds = endOfWeek(today);
  const open = views.filter((v) => isOpen(v.domain));
  const figures = (group: DisputeView[]): WorkloadFigures => {
    const ages = group.map((v) => daysBetween(warsawDate(v.receivedAt), today));
    return {
      open: group.length,
      dueThisWeek: group.filter((v) => !isOverdue(v, at) && warsawDate(v.dueAt) <= weekEnds).length,
      overdue: group.filter((v) => isOverdue(v, at)).length,
      averageAgeDays: ages.length === 0 ? null : Math.round((ages.reduce((a, b) => a + b, 0) / ages.length) * 10) / 10,
    };
  };
  const byAssignee = groupBy(open, (v) => v.assignee?.userId ?? null).map((group) => ({ assignee: group[0]!.assignee, figures: figures(group) }));
  const byUnit = groupBy(open, (v) => v.concernedUnit).map((group) => ({ unit: group[0]!.concernedUnit, figures: figures(group) }));
  byAssignee.sort((a, b) => nullsLast(a.assignee?.name, b.assignee?.name));
  byUnit.sort((a, b) => nullsLast(a.unit, b.unit));
  return { weekEnds, byAssignee, byUnit };
}

/** Polish alphabetical order (ł after l, ż last), the unassigned and unnamed at the end. */
function nullsLast(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return (a == null ? 1 : 0) - (b == null ? 1 : 0);
  return a.localeCompare(b, 'pl');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): T[][] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}
