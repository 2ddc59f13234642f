import { ownTables, type ReadModelDb } from '../projection.js';

/**
 * `equality_records` links a case to its sealed answers by reference, with when consent was given and withdrawn;
 * the answers stay sealed here and are opened only while a report is computed. `subject_erasures` lets every view
 * say "erased" without trying a key.
 */
export const equalityTables = ownTables(['equality_records', 'subject_erasures'], (db: ReadModelDb) =>
  db.exec(`
    CREATE TABLE IF NOT EXISTS equality_records (
      dispute_id TEXT PRIMARY KEY,
      subject_id TEXT NOT NULL,
      recorded_ms INTEGER NOT NULL,
      withdrawn_ms INTEGER,
      sealed_answers TEXT
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS equality_records_subject ON equality_records (subject_id);
    CREATE TABLE IF NOT EXISTS subject_erasures (subject_id TEXT PRIMARY KEY, erased_at TEXT NOT NULL) WITHOUT ROWID;
  `),
);
