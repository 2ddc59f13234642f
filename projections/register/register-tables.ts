import { ownTables, type ReadModelDb } from '../projection.js';

/** The register of complaints (KPA art. 254): one row per complaint, numbered per year. */
export const registerTables = ownTables(
  ['register'],
  (db: ReadModelDb) =>
    db.exec(`
    CREATE TABLE IF NOT EXISTS register (
      dispute_id TEXT PRIMARY KEY,
      year INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      number TEXT NOT NULL,
      received_at TEXT NOT NULL,
      received_ms INTEGER NOT NULL,
      category TEXT NOT NULL,
      assignee TEXT,
      settlement TEXT,
      settled_at TEXT,
      settled_by TEXT,
      UNIQUE (year, seq)
    );
    CREATE INDEX IF NOT EXISTS register_received ON register (received_ms);
  `),
  // Numbering reads (year, seq), a constraint; updates find a complaint by its key.
  ['register_received'],
);
