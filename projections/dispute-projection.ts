import type { RecordedEvent } from '../schema/envelope.js';
import { complaintEventSchemas } from '../schema/events/complaint-events.js';
import { mediationEventSchemas } from '../schema/events/mediation-events.js';
import { isOpen } from '../services/domain/complaint/index.js';
import { createCountKeeper, filterValuesOf } from './dispute-counts.js';
import { createTextPlaces } from './dispute-doc-texts.js';
import { disputeTables } from './dispute-tables.js';
import { type DisputeView, evolveDisputeView, streamOfDispute } from './dispute-view.js';
import { mediationIdOf } from './mediation-view.js';
import type { ApplyBatch, Projection, ReadModelDb } from './projection.js';
import { createSpanRecorder, spanTables } from './supervision/open-spans.js';

/**
 * Keeps `disputes` (filterable columns plus the view document), `timeline` (one row per event) and, from the same
 * fold, the open spans that answer questions about past moments (supervision/open-spans.ts). It reads every event of
 * the complaint and mediation streams: the dispute view folds them all.
 */
export const disputeProjection: Projection = {
  name: 'disputes',
  handles: new Set([...Object.keys(complaintEventSchemas), ...Object.keys(mediationEventSchemas)]),
  tables: [...disputeTables.tables, ...spanTables.tables],
  createTables(db) {
    disputeTables.createTables(db);
    spanTables.createTables(db);
  },
  truncate(db) {
    disputeTables.truncate(db);
    spanTables.truncate(db);
  },
  deferredIndexes: [...disputeTables.deferredIndexes, ...spanTables.deferredIndexes],
  open: (db) => applyDisputeBatch(db),
};

function applyDisputeBatch(db: ReadModelDb): ApplyBatch {
  const spans = createSpanRecorder(db);
  const counts = createCountKeeper(db);
  const load = db.prepare<[string], { doc: string }>('SELECT doc FROM disputes WHERE id = ?');
  const save = db.prepare(`
    INSERT INTO disputes (id, revision, status, is_open, channel, category, unit, assignee_id, received_at, received_ms, due_at, due_ms, outcome, decided_by, doc)
    VALUES (@id, @revision, @status, @isOpen, @channel, @category, @unit, @assigneeId, @receivedAt, @receivedMs, @dueAt, @dueMs, @outcome, @decidedBy, @doc)
    ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, status = excluded.status, is_open = excluded.is_open,
      category = excluded.category, assignee_id = excluded.assignee_id, due_at = excluded.due_at, due_ms = excluded.due_ms,
      outcome = excluded.outcome, decided_by = excluded.decided_by, doc = excluded.doc
    RETURNING key`);
  const addEntry = db.prepare('INSERT INTO timeline (position, dispute_key, at, who_what, data) VALUES (?, ?, ?, ?, ?)');
  // Looked up again in each batch: a key remembered from a batch rolled back would name no row.
  const whoWhatKey = db.prepare<[string, string], { key: number }>(
    'INSERT INTO step_kinds (kind, actor) VALUES (?, ?) ON CONFLICT (kind, actor) DO UPDATE SET actor = excluded.actor RETURNING key',
  );
  const link = db.prepare('INSERT INTO mediation_links (mediation_id, dispute_id) VALUES (?, ?)');
  const linked = db.prepare<[string], { dispute_id: string }>('SELECT dispute_id FROM mediation_links WHERE mediation_id = ?');
  const mediatedBy = db.prepare('UPDATE mediation_links SET mediator_id = ? WHERE mediation_id = ? AND mediator_id IS NOT ?');

  /** Which dispute an event belongs to: its complaint stream, or the complaint its mediation was proposed for. */
  function disputeOf(event: RecordedEvent): string | null {
    const mediationId = mediationIdOf(event);
    if (mediationId === null) return streamOfDispute(event);
    if (event.type === 'MediationProposed') {
      const disputeId = (event.data as { complaintId: string }).complaintId;
      link.run(mediationId, disputeId);
      return disputeId;
    }
    return linked.get(mediationId)?.dispute_id ?? null;
  }

  return (events) => {
    // Each dispute's document is read and written once per batch, however many of its events the batch holds:
    // a rebuild would otherwise re-parse and re-write a growing document for every event.
    const views = new Map<string, DisputeView | null>();
    const before = new Map<string, DisputeView | null>();
    const places = createTextPlaces();
    // The steps are written once their disputes are saved and have their keys.
    const steps: { disputeId: string; event: RecordedEvent }[] = [];
    for (const event of events) {
      const disputeId = disputeOf(event);
      if (disputeId === null) continue;
      places.add(event);
      let last: DisputeView | null;
      if (views.has(disputeId)) last = views.get(disputeId)!;
      else before.set(disputeId, (last = parse(load.get(disputeId))));
      const view = evolveDisputeView(last, event);
      views.set(disputeId, view);
      spans.evolved(event, view);
      if (view !== null) steps.push({ disputeId, event });
    }
    const keys = new Map<string, number>();
    for (const [id, view] of views) {
      counts.changed(before.get(id)!, view);
      if (!view) continue;
      keys.set(view.id, (save.get(toRow(view, JSON.stringify(places.thin(view)))) as { key: number }).key);
      for (const m of view.mediations) mediatedBy.run(m.mediator?.userId ?? null, m.id, m.mediator?.userId ?? null);
    }
    const whoWhat = new Map<string, number>();
    for (const { disputeId, event } of steps) {
      const actor = JSON.stringify(event.metadata.actor);
      const pair = `${event.type} ${actor}`;
      let key = whoWhat.get(pair);
      if (key === undefined) whoWhat.set(pair, (key = whoWhatKey.get(event.type, actor)!.key));
      addEntry.run(event.position, keys.get(disputeId)!, event.metadata.occurredAt, key, JSON.stringify(event.data));
    }
    spans.flush();
    counts.flush();
  };
}

const parse = (row: { doc: string } | undefined): DisputeView | null => (row ? (JSON.parse(row.doc) as DisputeView) : null);

function toRow(v: DisputeView, doc: string) {
  return {
    id: v.id,
    revision: v.revision,
    ...filterValuesOf(v),
    isOpen: isOpen(v.domain) ? 1 : 0,
    receivedAt: v.receivedAt,
    receivedMs: Date.parse(v.receivedAt),
    dueAt: v.dueAt,
    dueMs: Date.parse(v.dueAt),
    outcome: v.decision?.outcome ?? null,
    doc,
  };
}
