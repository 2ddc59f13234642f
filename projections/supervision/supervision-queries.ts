import type { Calendar } from '../../services/domain/deadlines/index.js';
import { endOfWarsawDay } from '../../services/domain/deadlines/index.js';
import { addDays } from '../../services/domain/deadlines/civil-date.js';
import type { EventStore } from '../../services/store/event-store.js';
import type { RecordedEvent } from '../../schema/envelope.js';
import { type DisputeView, streamOfDispute } from '../dispute-view.js';
import { mediationIdOf } from '../mediation-view.js';
import type { ReadModelDb } from '../read-model-db.js';
import { dueWithin, overdueAt, workloadAt } from './figures.js';
import { disputeViewsAsOf } from './replay.js';
import { warsawToday } from './warsaw-days.js';

export type SupervisionQueries = ReturnType<typeof createSupervisionQueries>;

/** Deadlines, lateness and workload now (from the read model) and at a past moment (from the events). */
export function createSupervisionQueries(db: ReadModelDb, store: EventStore, calendar: Calendar, clock: () => Date) {
  // SQL narrows by the indexed columns; the pure figures decide, so the past and the present agree.
  const dueBetween = db.prepare<{ from: number; to: number }, { doc: string }>(
    'SELECT doc FROM disputes WHERE is_open = 1 AND due_ms >= @from AND due_ms <= @to ORDER BY due_ms, id',
  );
  const lateAt = db.prepare<{ at: number }, { doc: string }>('SELECT doc FROM disputes WHERE is_open = 1 AND due_ms < @at ORDER BY due_ms, id');
  const lateIds = db.prepare<{ at: number }, { id: string }>('SELECT id FROM disputes WHERE is_open = 1 AND due_ms < @at');
  const open = db.prepare<[], { doc: string }>('SELECT doc FROM disputes WHERE is_open = 1');
  const linkedDispute = db.prepare<[string], { dispute_id: string }>('SELECT dispute_id FROM mediation_links WHERE mediation_id = ?');
  const parse = (rows: { doc: string }[]) => rows.map((r) => JSON.parse(r.doc) as DisputeView);

  return {
    deadlines(within: number) {
      const at = clock();
      const to = Date.parse(endOfWarsawDay(addDays(warsawToday(at), within)));
      return { at, items: dueWithin(parse(dueBetween.all({ from: at.getTime(), to })), at, within, calendar) };
    },
    overdue() {
      const at = clock();
      return { at, items: overdueAt(parse(lateAt.all({ at: at.getTime() })), at, calendar) };
    },
    workload() {
      const at = clock();
      return { at, ...workloadAt(parse(open.all()), at) };
    },
    /** The dispute whose timeline an applied event joined: its complaint's, or the one its mediation serves. */
    disputeOfEvent(event: RecordedEvent): string | null {
      const mediationId = mediationIdOf(event);
      return mediationId === null ? streamOfDispute(event) : (linkedDispute.get(mediationId)?.dispute_id ?? null);
    },
    /** Ids of the disputes late now: what the newly-overdue watcher compares between checks. */
    overdueIds: () => new Set(lateIds.all({ at: clock().getTime() }).map((r) => r.id)),
    async overdueAsOf(at: Date) {
      return { at, items: overdueAt(await disputeViewsAsOf(store, at), at, calendar) };
    },
    async workloadAsOf(at: Date) {
      return { at, ...workloadAt(await disputeViewsAsOf(store, at), at) };
    },
  };
}
