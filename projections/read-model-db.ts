import Database from 'better-sqlite3';
import { openPrivately } from '../services/privacy/private-files.js';
import { createEqualityTables, equalityTables } from './equality/equality-tables.js';
import { createRegisterTables, registerTables } from './register/register-tables.js';
import { createSearchTables, searchTables } from './search/search-tables.js';
import { createSpanTables, spanTables } from './supervision/open-spans.js';

export type ReadModelDb = Database.Database;

/**
 * Read models live in their own SQLite file: they can always be rebuilt from the events, so a replica keeps its
 * own, and a rebuild simply drops and replays. synchronous=NORMAL in WAL keeps every transaction atomic; a power cut
 * may only roll back the newest ones, which the runner then re-applies from the checkpoint stored with them.
 */
export function openReadModelDb(file: string): ReadModelDb {
  const db = openPrivately(file, () => {
    const opened = new Database(file);
    if (file !== ':memory:') opened.pragma('journal_mode = WAL');
    return opened;
  });
  db.pragma('synchronous = NORMAL');
  // Deleted rows (an erased person's search documents) are overwritten with zeros, not left in free space.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  // Every batch updates indexes keyed by random ids all over the file; SQLite's default 2 MB page cache sent most of
  // those look-ups to the operating system once a city's disputes outgrew it (issue 15).
  db.pragma('cache_size = -65536');
  // Read models built by another version of the projections are dropped, checkpoint included: the runner then
  // replays every event, so an upgrade never serves half-filled tables.
  if (db.pragma('user_version', { simple: true }) !== READ_MODEL_VERSION) {
    db.transaction(() => {
      dropTables(db);
      db.pragma(`user_version = ${READ_MODEL_VERSION}`);
    })();
  }
  createTables(db);
  return db;
}

/** Bump whenever a projection's tables or what it writes change. */
export const READ_MODEL_VERSION = 6;

export const readModelTables = [
  'checkpoints',
  'disputes',
  'timeline',
  'mediation_links',
  ...searchTables,
  ...registerTables,
  ...equalityTables,
  ...spanTables,
] as const;

export function createTables(db: ReadModelDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS disputes (
      id TEXT PRIMARY KEY,
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
    CREATE TABLE IF NOT EXISTS timeline (
      position INTEGER PRIMARY KEY,
      dispute_id TEXT NOT NULL,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      actor TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS timeline_dispute ON timeline (dispute_id, position);
    -- mediator_id: who is the appointed mediator now (null before the appointment and after a recusal), so a
    -- mediator's own mediations are found without reading every dispute.
    CREATE TABLE IF NOT EXISTS mediation_links (mediation_id TEXT PRIMARY KEY, dispute_id TEXT NOT NULL, mediator_id TEXT) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS mediation_links_mediator ON mediation_links (mediator_id) WHERE mediator_id IS NOT NULL;
  `);
  createSearchTables(db);
  createRegisterTables(db);
  createEqualityTables(db);
  createSpanTables(db);
}

export function dropTables(db: ReadModelDb): void {
  for (const table of readModelTables) db.exec(`DROP TABLE IF EXISTS ${table}`);
}
