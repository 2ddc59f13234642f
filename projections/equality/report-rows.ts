import type { DisputeView } from '../dispute-view.js';
import type { ReadModelDb } from '../read-model-db.js';

export interface ReportRow {
  view: DisputeView;
  /** The case's sealed answers as they stood at the end of the period; null when none are usable (see docs). */
  equality: { subjectId: string; sealedAnswers: string } | null;
}

export type EqualityReportRows = ReturnType<typeof createEqualityReportRows>;

/**
 * The disputes received in [from, to), with their equality answers as they stood at `to`: recorded before it and
 * not withdrawn before it. So a report over a period that has ended never changes when consent is withdrawn
 * later (frozen per case), and a withdrawal keeps the answers out of every period not yet ended at that time.
 */
export function createEqualityReportRows(db: ReadModelDb) {
  const received = db.prepare<{ from: number; to: number }, { doc: string; subject_id: string | null; sealed_answers: string | null }>(`
    SELECT d.doc, e.subject_id, e.sealed_answers
    FROM disputes d
    LEFT JOIN equality_records e
      ON e.dispute_id = d.id AND e.recorded_ms < @to AND (e.withdrawn_ms IS NULL OR e.withdrawn_ms >= @to)
    WHERE d.received_ms >= @from AND d.received_ms < @to
    ORDER BY d.received_ms, d.id`);
  const erasure = db.prepare<[string], { erased_at: string }>('SELECT erased_at FROM subject_erasures WHERE subject_id = ?');

  return {
    received(from: string, to: string): ReportRow[] {
      return received.all({ from: Date.parse(from), to: Date.parse(to) }).map((r) => ({
        view: JSON.parse(r.doc) as DisputeView,
        equality: r.subject_id !== null && r.sealed_answers !== null ? { subjectId: r.subject_id, sealedAnswers: r.sealed_answers } : null,
      }));
    },
    erasedAt: (subjectId: string) => erasure.get(subjectId)?.erased_at ?? null,
  };
}
