import type { EventStore } from '../../services/store/event-store.js';
import { disputeEventsOf } from '../dispute-queries.js';
import { type DisputeView, evolveDisputeView } from '../dispute-view.js';
import type { ReadModelDb } from '../read-model-db.js';

export interface ReportRow {
  /** The dispute as it was known at the end of the period: folded from its events recorded before `to`. */
  view: DisputeView;
  /** The case's sealed answers as they stood at the end of the period; null when none are usable (see docs). */
  equality: { subjectId: string; sealedAnswers: string } | null;
}

const READ_AT_ONCE = 16;

export type EqualityReportRows = ReturnType<typeof createEqualityReportRows>;

/**
 * The disputes received in [from, to) as they were known at `to`, with their equality answers as they stood then.
 *
 * Every fact comes from the events recorded before `to` (occurredAt < to), folded by the projection's own function
 * (`evolveDisputeView`, as `dispute(id, asOf)` does), never from the dispute as it is now: otherwise the report of
 * an ended month would change whenever one of its cases is decided, explained or extended later, and comparing the
 * two reports would show which group that one person is in. A complaint whose receipt was recorded only after `to`
 * (a receipt date typed in the past) was not known at the end of the period and is not in its report.
 *
 * Answers count when recorded before `to` and not withdrawn before it: a withdrawal never changes the report of a
 * period that had ended, and keeps the answers out of every period not yet ended at that time (frozen per case).
 */
export function createEqualityReportRows(db: ReadModelDb, store: EventStore) {
  const received = db.prepare<{ from: number; to: number }, { id: string; subject_id: string | null; sealed_answers: string | null }>(`
    SELECT d.id, e.subject_id, e.sealed_answers
    FROM disputes d
    LEFT JOIN equality_records e
      ON e.dispute_id = d.id AND e.recorded_ms < @to AND (e.withdrawn_ms IS NULL OR e.withdrawn_ms >= @to)
    WHERE d.received_ms >= @from AND d.received_ms < @to
    ORDER BY d.received_ms, d.id`);
  const current = db.prepare<{ from: number; to: number }, { doc: string }>(
    'SELECT doc FROM disputes WHERE received_ms >= @from AND received_ms < @to ORDER BY received_ms, id',
  );
  const erasure = db.prepare<[string], { erased_at: string }>('SELECT erased_at FROM subject_erasures WHERE subject_id = ?');

  /** The dispute folded from its events recorded strictly before `toMs`; null when its receipt was recorded later. */
  async function viewBefore(id: string, toMs: number): Promise<DisputeView | null> {
    const events = (await disputeEventsOf(store, id)).filter((e) => Date.parse(e.metadata.occurredAt) < toMs);
    return events.reduce<DisputeView | null>(evolveDisputeView, null);
  }

  return {
    async received(from: string, to: string): Promise<ReportRow[]> {
      const toMs = Date.parse(to);
      const rows = received.all({ from: Date.parse(from), to: toMs });
      const views: (DisputeView | null)[] = [];
      // A few streams at a time: enough to overlap the reads, never thousands of requests at once to a remote store.
      for (let i = 0; i < rows.length; i += READ_AT_ONCE) {
        views.push(...(await Promise.all(rows.slice(i, i + READ_AT_ONCE).map((r) => viewBefore(r.id, toMs)))));
      }
      return rows.flatMap((r, i) => {
        const view = views[i];
        if (!view) return [];
        const equality =
          r.subject_id !== null && r.sealed_answers !== null ? { subjectId: r.subject_id, sealedAnswers: r.sealed_answers } : null;
        return [{ view, equality }];
      });
    },
    /**
     * The disputes received in [from, to) as they are now (consistency flags: no equality data, today's state), as stored:
     * the texts they repeat from their timelines are named, not held, and no flag reads a text.
     */
    receivedNow: (from: string, to: string): DisputeView[] =>
      current.all({ from: Date.parse(from), to: Date.parse(to) }).map((r) => JSON.parse(r.doc) as DisputeView),
    erasedAt: (subjectId: string) => erasure.get(subjectId)?.erased_at ?? null,
  };
}
