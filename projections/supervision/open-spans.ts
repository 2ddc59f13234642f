import type { RecordedEvent } from '../../schema/envelope.js';
import { complaintStream } from '../../schema/streams.js';
import { isOpen } from '../../services/domain/complaint/index.js';
import type { EventStore } from '../../services/store/event-store.js';
import { type DisputeView, evolveDisputeView, streamOfDispute } from '../dispute-view.js';
import { ownTables, type ReadModelDb } from '../projection.js';
import { type DisputeFacts, factsOf } from './figures.js';

/**
 * The history the supervisors' past questions need, kept as the events arrive: for each dispute, the spans of
 * recorded time during which it was open with the same due date, assignee and unit. Its state at a moment is the
 * state after its last event recorded by then (`occurredAt <= at`), which is what a replay of the log up to that
 * moment folds, as long as a stream's recorded times never go back. The facts valid at a moment are then the spans
 * that contain it, found through an index instead of a replay: `overdueAsOf` and `workloadAsOf` cost what the
 * disputes open at that moment cost, however long the log.
 *
 * A stream whose recorded time goes back (commands recorded by servers whose clocks disagree) is marked `unordered`:
 * its spans are dropped and each past question folds that one stream's events, as `dispute(id, asOf)` does.
 *
 * Spans are found by `length_class` = floor(log2(length in ms)): a span of class k that contains `at` started in
 * (at - 2^(k+1), at], so one short index range per class finds every closed span containing a moment, however long
 * ago it is; spans still open-ended (the disputes open now) have an index of their own.
 *
 * Rows are stored in the order they are written, which is about the order their spans start, so the spans a moment
 * needs (recent ones, or those of disputes open now) lie together at one end of the table. Clustered by dispute id,
 * each lay on a page of its own: past questions at 1,000,000 disputes read hundreds of pages no cache held, and cost
 * 1.8 times what they did at 1,000 with the same answer (issue 15).
 */
export const spanTables = ownTables(
  ['open_spans', 'span_streams'],
  (db: ReadModelDb) =>
    db.exec(`
    CREATE TABLE IF NOT EXISTS open_spans (
      dispute_id TEXT NOT NULL,
      from_ms INTEGER NOT NULL,
      to_ms INTEGER,
      length_class INTEGER,
      received_pos INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      due_at TEXT NOT NULL,
      assignee_id TEXT,
      assignee_name TEXT,
      unit TEXT
    );
    CREATE UNIQUE INDEX IF NOT EXISTS open_spans_of_dispute ON open_spans (dispute_id, from_ms);
    CREATE INDEX IF NOT EXISTS open_spans_current ON open_spans (from_ms) WHERE to_ms IS NULL;
    CREATE INDEX IF NOT EXISTS open_spans_closed ON open_spans (length_class, from_ms) WHERE to_ms IS NOT NULL;
    CREATE TABLE IF NOT EXISTS span_streams (
      dispute_id TEXT PRIMARY KEY,
      received_pos INTEGER NOT NULL,
      last_ms INTEGER NOT NULL,
      unordered INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS span_streams_unordered ON span_streams (received_pos) WHERE unordered = 1;
  `),
  // The recorder reads a stream's spans by (dispute id, start).
  ['open_spans_current', 'open_spans_closed', 'span_streams_unordered'],
);

interface SpanFacts {
  dueAt: string;
  assigneeId: string | null;
  assigneeName: string | null;
  unit: string | null;
  receivedAt: string;
}

interface StreamState {
  receivedPos: number;
  lastMs: number;
  unordered: boolean;
  /** The open-ended span, if the dispute is open after its last event; `stored` once its row is written. */
  current: (SpanFacts & { fromMs: number; stored: boolean }) | null;
  /** Spans opened and closed within this batch, written once at its end (a rebuild meets most spans so). */
  closed: (SpanFacts & { fromMs: number; toMs: number })[];
}

const spanFactsOf = (v: DisputeView): SpanFacts => ({
  dueAt: v.dueAt,
  assigneeId: v.assignee?.userId ?? null,
  assigneeName: v.assignee?.name ?? null,
  unit: v.concernedUnit,
  receivedAt: v.receivedAt,
});

const same = (a: SpanFacts, b: SpanFacts) =>
  a.dueAt === b.dueAt &&
  a.assigneeId === b.assigneeId &&
  a.assigneeName === b.assigneeName &&
  a.unit === b.unit &&
  a.receivedAt === b.receivedAt;

/** A span's facts alone, as its row's named parameters. */
const facts = ({ dueAt, assigneeId, assigneeName, unit, receivedAt }: SpanFacts): SpanFacts => ({
  dueAt,
  assigneeId,
  assigneeName,
  unit,
  receivedAt,
});

/** floor(log2(ms)) for a positive length. */
const lengthClass = (ms: number) => Math.floor(Math.log2(ms));

export type SpanRecorder = ReturnType<typeof createSpanRecorder>;

/**
 * Fed by the dispute projection with each event and the view it produced (the same fold a replay does), in the
 * runner's transaction; `flush` writes what each stream's state became, once per batch: a span that opens and closes
 * within a batch is written once, closed, and one that ends where it starts is never written.
 */
export function createSpanRecorder(db: ReadModelDb) {
  const loadStream = db.prepare<[string], { received_pos: number; last_ms: number; unordered: number }>(
    'SELECT received_pos, last_ms, unordered FROM span_streams WHERE dispute_id = ?',
  );
  const loadCurrent = db.prepare<
    [string],
    { from_ms: number; due_at: string; assignee_id: string | null; assignee_name: string | null; unit: string | null; received_at: string }
  >('SELECT from_ms, due_at, assignee_id, assignee_name, unit, received_at FROM open_spans WHERE dispute_id = ? AND to_ms IS NULL');
  const saveStream = db.prepare(
    'INSERT INTO span_streams (dispute_id, received_pos, last_ms, unordered) VALUES (?, ?, ?, ?) ON CONFLICT (dispute_id) DO UPDATE SET last_ms = excluded.last_ms, unordered = excluded.unordered',
  );
  const open = db.prepare(
    'INSERT INTO open_spans (dispute_id, from_ms, received_pos, received_at, due_at, assignee_id, assignee_name, unit) VALUES (@id, @fromMs, @receivedPos, @receivedAt, @dueAt, @assigneeId, @assigneeName, @unit)',
  );
  const addClosed = db.prepare(
    'INSERT INTO open_spans (dispute_id, from_ms, to_ms, length_class, received_pos, received_at, due_at, assignee_id, assignee_name, unit) VALUES (@id, @fromMs, @toMs, @lengthClass, @receivedPos, @receivedAt, @dueAt, @assigneeId, @assigneeName, @unit)',
  );
  const close = db.prepare('UPDATE open_spans SET to_ms = ?, length_class = ? WHERE dispute_id = ? AND from_ms = ?');
  const drop = db.prepare('DELETE FROM open_spans WHERE dispute_id = ? AND from_ms = ?');
  const dropAll = db.prepare('DELETE FROM open_spans WHERE dispute_id = ?');

  let streams = new Map<string, StreamState>();

  function stateOf(id: string): StreamState | null {
    const known = streams.get(id);
    if (known) return known;
    const row = loadStream.get(id);
    if (!row) return null;
    const current = loadCurrent.get(id);
    const state: StreamState = {
      receivedPos: row.received_pos,
      lastMs: row.last_ms,
      unordered: row.unordered === 1,
      current: current
        ? {
            fromMs: current.from_ms,
            dueAt: current.due_at,
            assigneeId: current.assignee_id,
            assigneeName: current.assignee_name,
            unit: current.unit,
            receivedAt: current.received_at,
            stored: true,
          }
        : null,
      closed: [],
    };
    streams.set(id, state);
    return state;
  }

  return {
    /** One event of the batch and the dispute view it produced. */
    evolved(event: RecordedEvent, view: DisputeView | null) {
      const id = streamOfDispute(event);
      if (id === null || view === null) return;
      const at = Date.parse(event.metadata.occurredAt);
      let state = stateOf(id);
      if (state === null) {
        state = { receivedPos: Number(event.position), lastMs: at, unordered: false, current: null, closed: [] };
        streams.set(id, state);
      }
      if (state.unordered) return;
      if (at < state.lastMs) {
        state.unordered = true;
        state.current = null;
        state.closed = [];
        dropAll.run(id);
        return;
      }
      state.lastMs = at;
      const next = isOpen(view.domain) ? spanFactsOf(view) : null;
      const current = state.current;
      if (current && next && same(current, next)) return;
      if (current === null && next === null) return;
      // A span that ends where it starts contains no moment: events recorded at the same instant replace it.
      if (current?.stored) {
        if (current.fromMs === at) drop.run(id, at);
        else close.run(at, lengthClass(at - current.fromMs), id, current.fromMs);
      } else if (current && current.fromMs !== at) {
        state.closed.push({ ...current, toMs: at });
      }
      state.current = next && { ...next, fromMs: at, stored: false };
    },
    flush() {
      for (const [id, s] of streams) {
        for (const { toMs, ...span } of s.closed) {
          addClosed.run({
            id,
            receivedPos: s.receivedPos,
            ...facts(span),
            fromMs: span.fromMs,
            toMs,
            lengthClass: lengthClass(toMs - span.fromMs),
          });
        }
        if (s.current && !s.current.stored) open.run({ id, fromMs: s.current.fromMs, receivedPos: s.receivedPos, ...facts(s.current) });
        saveStream.run(id, s.receivedPos, s.lastMs, s.unordered ? 1 : 0);
      }
      streams = new Map();
    },
  };
}

interface SpanRow {
  dispute_id: string;
  received_pos: number;
  received_at: string;
  due_at: string;
  assignee_id: string | null;
  assignee_name: string | null;
  unit: string | null;
}

const COLUMNS = 'dispute_id, received_pos, received_at, due_at, assignee_id, assignee_name, unit';

/** The disputes open at a moment, with their facts as then known, in the order they were received. */
export function createSpanQueries(db: ReadModelDb, store: EventStore) {
  const current = db.prepare<{ at: number }, SpanRow>(`SELECT ${COLUMNS} FROM open_spans WHERE to_ms IS NULL AND from_ms <= @at`);
  const closed = db.prepare<{ at: number; cls: number; after: number }, SpanRow>(
    `SELECT ${COLUMNS} FROM open_spans WHERE to_ms IS NOT NULL AND length_class = @cls AND from_ms > @after AND from_ms <= @at AND to_ms > @at`,
  );
  // Two statements: SQLite reads one end of the index for a lone min() or max(), but scans it for both at once.
  const lowest = db.prepare<[], { c: number | null }>('SELECT min(length_class) AS c FROM open_spans WHERE to_ms IS NOT NULL');
  const highest = db.prepare<[], { c: number | null }>('SELECT max(length_class) AS c FROM open_spans WHERE to_ms IS NOT NULL');
  const unordered = db.prepare<[], { dispute_id: string; received_pos: number }>(
    'SELECT dispute_id, received_pos FROM span_streams WHERE unordered = 1',
  );

  const toFacts = (r: SpanRow): DisputeFacts => ({
    id: r.dispute_id,
    open: true,
    dueAt: r.due_at,
    receivedAt: r.received_at,
    assignee: r.assignee_id === null ? null : { userId: r.assignee_id, name: r.assignee_name! },
    unit: r.unit,
  });

  /** One unordered stream folded up to `at`, as a replay would: its events recorded by then, in order. */
  async function folded(id: string, at: number): Promise<DisputeView | null> {
    const events = await store.readStream(complaintStream(id));
    return events.filter((e) => Date.parse(e.metadata.occurredAt) <= at).reduce<DisputeView | null>(evolveDisputeView, null);
  }

  return async function openAt(moment: Date): Promise<DisputeFacts[]> {
    const at = moment.getTime();
    const rows: { pos: number; facts: DisputeFacts }[] = current.all({ at }).map((r) => ({ pos: r.received_pos, facts: toFacts(r) }));
    const lo = lowest.get()!.c;
    const hi = highest.get()!.c;
    if (lo !== null && hi !== null) {
      for (let cls = lo; cls <= hi; cls++) {
        for (const r of closed.iterate({ at, cls, after: at - 2 ** (cls + 1) })) rows.push({ pos: r.received_pos, facts: toFacts(r) });
      }
    }
    for (const { dispute_id, received_pos } of unordered.all()) {
      const view = await folded(dispute_id, at);
      if (view !== null && isOpen(view.domain)) rows.push({ pos: received_pos, facts: factsOf(view) });
    }
    return rows.sort((a, b) => a.pos - b.pos).map((r) => r.facts);
  };
}
