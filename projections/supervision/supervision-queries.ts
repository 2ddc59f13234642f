import type { Calendar } from '../../services/domain/deadlines/index.js';
import { endOfWarsawDay } from '../../services/domain/deadlines/index.js';
import { addDays } from '../../services/domain/deadlines/civil-date.js';
import type { EventStore } from '../../services/store/event-store.js';
import type { RecordedEvent } from '../../schema/envelope.js';
import { streamOfDispute } from '../dispute-view.js';
import { mediationIdOf } from '../mediation-view.js';
import type { ReadModelDb } from '../read-model-db.js';
import { type DisputeFacts, type DueFacts, dueWithin, overdueAt, workloadAt } from './figures.js';
import { createSpanQueries } from './open-spans.js';
import { warsawToday } from './warsaw-days.js';

export type SupervisionQueries = ReturnType<typeof createSupervisionQueries>;

/** A late dispute and its due moment: the key of the late list's order. */
export interface LateKey {
  id: string;
  dueMs: number;
}

export interface Lateness {
  page(at: Date, after: LateKey | null, first: number): LateKey[];
  fellDue(from: Date, to: Date): string[];
  lateAmong(ids: readonly string[], at: Date): string[];
}

/** Deadlines, lateness and workload now (from the disputes read model) and at a past moment (from the open spans). */
export function createSupervisionQueries(db: ReadModelDb, store: EventStore, calendar: Calendar, clock: () => Date) {
  // SQL narrows by the indexed columns, in the figures' order, and stops at `first`; the pure figures decide, so the
  // past and the present agree.
  const dueBetween = db.prepare<{ from: number; to: number; first: number }, { id: string; due_at: string }>(
    'SELECT id, due_at FROM disputes WHERE is_open = 1 AND due_ms >= @from AND due_ms <= @to ORDER BY due_ms, id LIMIT @first',
  );
  const lateAt = db.prepare<{ at: number; first: number }, { id: string; due_at: string }>(
    'SELECT id, due_at FROM disputes WHERE is_open = 1 AND due_ms < @at ORDER BY due_ms, id LIMIT @first',
  );
  // The newly-overdue watcher's three questions, each an index range the size of its answer (disputes_due).
  const latePage = db.prepare<{ at: number; afterMs: number; afterId: string; first: number }, { id: string; due_ms: number }>(
    'SELECT id, due_ms FROM disputes WHERE is_open = 1 AND due_ms < @at AND (due_ms, id) > (@afterMs, @afterId) ORDER BY due_ms, id LIMIT @first',
  );
  const fellDue = db.prepare<{ from: number; to: number }, { id: string }>(
    'SELECT id FROM disputes WHERE is_open = 1 AND due_ms >= @from AND due_ms < @to',
  );
  const lateAmong = db.prepare<{ ids: string; at: number }, { id: string }>(
    // CROSS JOIN keeps the given ids outermost: one key lookup each, never a walk of every late dispute.
    'SELECT d.id FROM json_each(@ids) AS j CROSS JOIN disputes AS d ON d.id = j.value WHERE d.is_open = 1 AND d.due_ms < @at',
  );
  // In the order the disputes were first projected (their receipt), as the past's facts come: a group is named by its first.
  const open = db.prepare<
    [],
    { id: string; due_at: string; received_at: string; unit: string | null; assignee_id: string | null; assignee_name: string | null }
  >(
    "SELECT id, due_at, received_at, unit, assignee_id, json_extract(doc, '$.assignee.name') AS assignee_name FROM disputes WHERE is_open = 1 ORDER BY rowid",
  );
  const linkedDispute = db.prepare<[string], { dispute_id: string }>('SELECT dispute_id FROM mediation_links WHERE mediation_id = ?');
  const due = (rows: { id: string; due_at: string }[]): DueFacts[] => rows.map((r) => ({ id: r.id, open: true, dueAt: r.due_at }));
  const openAt = createSpanQueries(db, store);
  const lastDueMs = (at: Date, within: number) => Date.parse(endOfWarsawDay(addDays(warsawToday(at), within)));

  return {
    deadlines(within: number, first: number) {
      const at = clock();
      return {
        at,
        items: dueWithin(due(dueBetween.all({ from: at.getTime(), to: lastDueMs(at, within), first })), at, within, calendar, first),
      };
    },
    overdue(first: number) {
      const at = clock();
      return { at, items: overdueAt(due(lateAt.all({ at: at.getTime(), first })), at, calendar, first) };
    },
    workload() {
      const at = clock();
      const facts = open.all().map((r): DisputeFacts => ({
        id: r.id,
        open: true,
        dueAt: r.due_at,
        receivedAt: r.received_at,
        unit: r.unit,
        assignee: r.assignee_id === null ? null : { userId: r.assignee_id, name: r.assignee_name! },
      }));
      return { at, ...workloadAt(facts, at) };
    },
    /** The dispute whose timeline an applied event joined: its complaint's, or the one its mediation serves. */
    disputeOfEvent(event: RecordedEvent): string | null {
      const mediationId = mediationIdOf(event);
      return mediationId === null ? streamOfDispute(event) : (linkedDispute.get(mediationId)?.dispute_id ?? null);
    },
    /** What the newly-overdue watcher asks (services/api/live/live-feed.ts). */
    lateness: {
      /** The disputes late at `at`, in (due, id) order after the given key, `first` at most: the watcher's first count, in slices. */
      page: (at: Date, after: LateKey | null, first: number): LateKey[] =>
        latePage
          .all({ at: at.getTime(), afterMs: after?.dueMs ?? -Infinity, afterId: after?.id ?? '', first })
          .map((r) => ({ id: r.id, dueMs: r.due_ms })),
      /** Open disputes whose due moment is in [from, to): late by the passing of time alone. */
      fellDue: (from: Date, to: Date): string[] => fellDue.all({ from: from.getTime(), to: to.getTime() }).map((r) => r.id),
      /** Which of these disputes are late at `at`. */
      lateAmong: (ids: readonly string[], at: Date): string[] =>
        ids.length === 0 ? [] : lateAmong.all({ ids: JSON.stringify(ids), at: at.getTime() }).map((r) => r.id),
    } satisfies Lateness,
    async deadlinesAsOf(at: Date, within: number, first: number) {
      return { at, items: dueWithin(await openAt(at), at, within, calendar, first) };
    },
    async overdueAsOf(at: Date, first: number) {
      return { at, items: overdueAt(await openAt(at), at, calendar, first) };
    },
    async workloadAsOf(at: Date) {
      return { at, ...workloadAt(await openAt(at), at) };
    },
  };
}
