import type { Calendar } from '../../services/domain/deadlines/index.js';
import { warsawDate, workingDaysBetween } from '../../services/domain/deadlines/index.js';
import { isOpen } from '../../services/domain/complaint/index.js';
import { type DisputeView, isLate } from '../dispute-view.js';
import { addDays } from '../../services/domain/deadlines/civil-date.js';
import { daysBetween } from '../../services/domain/deadlines/index.js';
import { endOfWeek, warsawToday } from './warsaw-days.js';

/**
 * What supervisors ask of open disputes, as pure functions of a few facts per dispute and the moment they are asked
 * at: the read model feeds them today's facts, the open spans (projections/supervision/open-spans.ts) the facts of a
 * past moment, and both get the same answers by construction.
 */
export interface DueFacts {
  id: string;
  open: boolean;
  dueAt: string;
}

/** What the workload counts of a dispute: who carries it, which unit it concerns, since when. */
export interface DisputeFacts extends DueFacts {
  receivedAt: string;
  assignee: { userId: string; name: string } | null;
  unit: string | null;
}

/** The facts the figures read, taken from a whole dispute view (what a replay of the events folds). */
export const factsOf = (v: DisputeView): DisputeFacts => ({
  id: v.id,
  open: isOpen(v.domain),
  dueAt: v.dueAt,
  receivedAt: v.receivedAt,
  assignee: v.assignee && { userId: v.assignee.userId, name: v.assignee.name },
  unit: v.concernedUnit,
});

export interface DueSoon {
  dispute: DueFacts;
  /** Calendar days from today (Warsaw) to the due date: 0 when due today. */
  daysLeft: number;
  /** Working days after today up to and including the due date. */
  workingDaysLeft: number;
}

export interface Late {
  dispute: DueFacts;
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

const late = (f: DueFacts, at: Date) => isLate(f.open, f.dueAt, at);

const byDue = (a: DueFacts, b: DueFacts) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Open disputes not yet late and due within `days` calendar days (today counts as 0), soonest first, the first
 * `first` of them: the days are counted for those only.
 */
export function dueWithin(disputes: readonly DueFacts[], at: Date, days: number, calendar: Calendar, first: number): DueSoon[] {
  const today = warsawToday(at);
  const lastDay = addDays(today, days);
  return disputes
    .filter((f) => f.open && !late(f, at) && warsawDate(f.dueAt) <= lastDay)
    .sort(byDue)
    .slice(0, first)
    .map((dispute) => ({
      dispute,
      daysLeft: daysBetween(today, warsawDate(dispute.dueAt)),
      workingDaysLeft: workingDaysBetween(at.toISOString(), dispute.dueAt, calendar),
    }));
}

/** Open disputes past their due date at `at`, the longest late first, the first `first` of them. */
export function overdueAt(disputes: readonly DueFacts[], at: Date, calendar: Calendar, first: number): Late[] {
  const today = warsawToday(at);
  return disputes
    .filter((f) => late(f, at))
    .sort(byDue)
    .slice(0, first)
    .map((dispute) => ({
      dispute,
      daysLate: daysBetween(warsawDate(dispute.dueAt), today),
      workingDaysLate: workingDaysBetween(dispute.dueAt, at.toISOString(), calendar),
    }));
}

/**
 * Open, due this week and late, and the mean age, per assignee (null: unassigned) and per unit (null: none named).
 * A group is named as its first dispute names it, so `disputes` come in the order they were received.
 */
export function workloadAt(disputes: readonly DisputeFacts[], at: Date): Workload {
  const today = warsawToday(at);
  const weekEnds = endOfWeek(today);
  const open = disputes.filter((f) => f.open);
  const figures = (group: DisputeFacts[]): WorkloadFigures => {
    let ages = 0;
    let dueThisWeek = 0;
    let overdue = 0;
    for (const f of group) {
      ages += daysBetween(warsawDate(f.receivedAt), today);
      if (late(f, at)) overdue++;
      else if (warsawDate(f.dueAt) <= weekEnds) dueThisWeek++;
    }
    return {
      open: group.length,
      dueThisWeek,
      overdue,
      averageAgeDays: group.length === 0 ? null : Math.round((ages / group.length) * 10) / 10,
    };
  };
  const byAssignee = groupBy(open, (f) => f.assignee?.userId ?? null).map((group) => ({
    assignee: group[0]!.assignee,
    figures: figures(group),
  }));
  const byUnit = groupBy(open, (f) => f.unit).map((group) => ({ unit: group[0]!.unit, figures: figures(group) }));
  byAssignee.sort((a, b) => nullsLast(a.assignee?.name, b.assignee?.name));
  byUnit.sort((a, b) => nullsLast(a.unit, b.unit));
  return { weekEnds, byAssignee, byUnit };
}

/** Polish alphabetical order (ł after l, ż last), the unassigned and unnamed at the end. */
function nullsLast(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return (a == null ? 1 : 0) - (b == null ? 1 : 0);
  return a.localeCompare(b, 'pl');
}

/** Groups in the order of their first item; each item is added once, so the cost is linear in the items. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | null): T[][] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
