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
import { createReplayGate, type ReplayGateOptions } from './replay-gate.js';
import { warsawToday } from './warsaw-days.js';

export type SupervisionQueries = ReturnType<typeof createSupervisionQueries>;

/** How many past moments' dispute views are kept: a dashboard asking the same moment again gets them at once. */
const REMEMBERED_MOMENTS = 8;

/** Deadlines, lateness and workload now (from the read model) and at a past moment (from the events). */
export function createSupervisionQueries(db: ReadModelDb, store: EventStore, calendar: Calendar, clock: () => Date, replays: ReplayGateOptions) {
  // SQL narrows by the indexed columns; the pure figures decide, so the past and the present agree.
  const dueBetween = db.prepare<{ from: number; to: number }, { doc: string }>(
    'SELECT doc FROM disputes WHERE is_open = 1 AND due_ms >= @from AND due_ms <= @to ORDER BY due_ms, id',
  );
  const lateAt = db.prepare<{ at: number }, { doc: string }>('SELECT doc FROM disputes WHERE is_open = 1 AND due_ms < @at ORDER BY due_ms, id');
  const lateIds = db.prepare<{ at: number }, { id: string }>('SELECT id FROM disputes WHERE is_open = 1 AND due_ms < @at');
  const open = db.prepare<[], { doc: string }>('SELECT doc FROM disputes WHERE is_open = 1');
  const linkedDispute = db.prepare<[string], { dispute_id: string }>('SELECT dispute_id FROM mediation_links WHERE mediation_id = ?');
  const parse = (rows: { doc: string }[]) => rows.map((r) => JSON.parse(r.doc) as DisputeView);
  const gate = createReplayGate(replays);
  /**
   * The disputes as known at `at`, replayed through the gate. The answer depends only on `at` and on the log, so it is
   * kept per (at, head position): asked again before anything new is recorded (overdueAsOf and workloadAsOf of one
   * moment, a page polled), or while the first replay runs, it is not replayed again.
   */
  const remembered = new Map<string, Promise<DisputeView[]>>();
  async function viewsAsOf(at: Date): Promise<DisputeView[]> {
    const key = `${at.getTime()}@${await store.headPosition()}`;
    let views = remembered.get(key);
    if (!views) {
      views = gate(() => disputeViewsAsOf(store, at));
      remembered.set(key, views);
      if (remembered.size > REMEMBERED_MOMENTS) remembered.delete(remembered.keys().next().value!);
      // A refusal (busy) or a failure is not an answer to keep.
      views.catch(() => remembered.get(key) === views && remembered.delete(key));
    }
    return views;
  }

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
      return { at, items: overdueAt(await viewsAsOf(at), at, calendar) };
    },
    async workloadAsOf(at: Date) {
      return { at, ...workloadAt(await viewsAsOf(at), at) };
    },
  };
}
