import Database from 'better-sqlite3';
import { openPrivately } from '../privacy/private-files.js';

/** Long enough to ride out another process's append transaction, short enough to report a stuck lock. */
export const BUSY_TIMEOUT_MS = 5_000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    stream TEXT NOT NULL,
    revision INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    metadata TEXT NOT NULL,
    UNIQUE (stream, revision)
  ) STRICT`;

/** Opens (creating if needed) an event-store file, or ':memory:', set up for durable appends by several processes. */
export function openSqliteDatabase(file: string): Database.Database {
  const db = openPrivately(file, () => {
    const opened = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    if (file !== ':memory:') opened.pragma('journal_mode = WAL');
    return opened;
  });
  // FULL syncs the WAL on every commit: an answered command is a legal record and must survive a power cut.
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  // Positions are 64-bit: read every integer as bigint and narrow revisions explicitly.
  db.defaultSafeIntegers(true);
  return db;
}

/**
 * Opens an existing event-store file for reading only, beside the server's own connection (WAL lets it read while the
 * server appends): for the worker threads that compute reports (services/api/heavy/).
 */
export function openSqliteDatabaseReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.defaultSafeIntegers(true);
  return db;
}
