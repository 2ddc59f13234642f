import { countTableSql } from './dispute-counts.js';
import { ownTables, type ReadModelDb } from './projection.js';

/**
 * The dispute projection's own tables: `disputes` (filterable columns plus the view document), `timeline` (one row per
 * event), `mediation_links` (which dispute a mediation belongs to) and `dispute_counts` (dispute-counts.ts).
 */
export const disputeTables = ownTables(
  ['disputes', 'timeline', 'step_kinds', 'mediation_links', 'dispute_counts'],
  (db: ReadModelDb) =>
    db.exec(`
    -- key: what the timeline names a dispute by (a few bytes instead of the id's 36, in each row and its index).
    CREATE TABLE IF NOT EXISTS disputes (
      key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      revision INTEGER NOT NULL,
      status TEXT NOT NULL,
      is_open INTEGER NOT NULL,
      channel TEXT NOT NULL,
      category TEXT NOT NULL,
      unit TEXT,
      assignee_id TEXT,
      received_at TEXT NOT NULL,
      received_ms INTEGER NOT NULL,
      due_at TEXT NOT NULL,
      due_ms INTEGER NOT NULL,
      outcome TEXT,
      decided_by TEXT,
      doc TEXT NOT NULL
    );
    -- Each listing walks one of these in its order and stops after a page (projections/dispute-list.ts).
    CREATE INDEX IF NOT EXISTS disputes_received ON disputes (received_ms DESC, id DESC);
    CREATE INDEX IF NOT EXISTS disputes_due_id ON disputes (due_ms, id);
    CREATE INDEX IF NOT EXISTS disputes_due ON disputes (is_open, due_ms, id);
    CREATE INDEX IF NOT EXISTS disputes_open_received ON disputes (is_open, received_ms, id);
    CREATE INDEX IF NOT EXISTS disputes_assignee ON disputes (assignee_id, received_ms, id) WHERE assignee_id IS NOT NULL;
    CREATE INDEX IF NOT EXISTS disputes_decided_by ON disputes (decided_by, received_ms, id) WHERE decided_by IS NOT NULL;
    CREATE INDEX IF NOT EXISTS disputes_unit ON disputes (unit, received_ms, id) WHERE unit IS NOT NULL;
    CREATE INDEX IF NOT EXISTS disputes_category ON disputes (category, received_ms, id);
    -- Keyed by the event's position, so rows are appended in the order events come (a rebuild writes the table
    -- front to back) and an event's data, however long, stays on its page: clustered by a random dispute id
    -- (WITHOUT ROWID), the table split its pages everywhere and sent every row over ~1 kB to an overflow page of its
    -- own, twice the events' size on disk (issue 15). The index finds a dispute's steps in order.
    -- The dispute by its key, and the step's kind with its actor by theirs (step_kinds): an office has some
    -- hundred actors and fifty kinds of step, each pair named in thousands of steps (issue 15: size).
    CREATE TABLE IF NOT EXISTS timeline (
      position INTEGER PRIMARY KEY,
      dispute_key INTEGER NOT NULL,
      at TEXT NOT NULL,
      who_what INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS timeline_dispute ON timeline (dispute_key, position);
    CREATE TABLE IF NOT EXISTS step_kinds (key INTEGER PRIMARY KEY, kind TEXT NOT NULL, actor TEXT NOT NULL, UNIQUE (kind, actor));
    -- mediator_id: who is the appointed mediator now (null before the appointment and after a recusal), so a
    -- mediator's own mediations are found without reading every dispute.
    CREATE TABLE IF NOT EXISTS mediation_links (mediation_id TEXT PRIMARY KEY, dispute_id TEXT NOT NULL, mediator_id TEXT) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS mediation_links_mediator ON mediation_links (mediator_id) WHERE mediator_id IS NOT NULL;
    ${countTableSql}
  `),
  // The projection finds a dispute, its timeline's place and a mediation by their primary keys only.
  [
    'disputes_received',
    'disputes_due_id',
    'disputes_due',
    'disputes_open_received',
    'disputes_assignee',
    'disputes_decided_by',
    'disputes_unit',
    'disputes_category',
    'timeline_dispute',
    'mediation_links_mediator',
  ],
);
