// Given the raw database, not read-model-db's alias: that module lists these tables, so importing it would be a cycle.
import type Database from 'better-sqlite3';

type ReadModelDb = Database.Database;

export const registerTables = ['register'] as const;

/** The register of complaints (KPA art. 254): one row per complaint, numbered per year. */
export function createRegisterTables(db: ReadModelDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS register (
      dispute_id TEXT PRIMARY KEY,
      year INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      number TEXT NOT NULL,
      received_at TEXT NOT NULL,
      received_ms INTEGER NOT NULL,
      category TEXT NOT NULL,
      complainant TEXT,
      assignee TEXT,
      settlement TEXT,
      settled_at TEXT,
      settled_by TEXT,
      UNIQUE (year, seq)
    );
    CREATE INDEX IF NOT EXISTS register_received ON register (received_ms);
  `);
}
