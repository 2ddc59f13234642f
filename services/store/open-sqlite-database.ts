import Database from 'better-sqlite3';
import { openPrivately } from '../privacy/private-files.js';
import { blockFor, checkpointInBackground } from './wal-checkpointer.js';

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

/**
 * Opens (creating if needed, 0600) a SQLite file that replicas and CLIs on one machine share, or ':memory:': WAL, so
 * readers never wait for a writer, and FULL sync, so nothing answered is lost in a power cut.
 */
export function openSharedSqliteFile(file: string): Database.Database {
  const db = openPrivately(file, () => {
    const opened = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    if (file !== ':memory:') switchToWal(opened);
    return opened;
  });
  db.pragma('synchronous = FULL');
  return db;
}

/**
 * Two replicas starting together on a new file both try to make it WAL. The one that reads the file first and then
 * asks for the write lock the other holds gets SQLITE_BUSY at once: SQLite skips the busy handler there, since
 * waiting could deadlock (sqlite3_busy_handler). Trying again, within the busy timeout, finds the file converted.
 */
function switchToWal(db: Database.Database): void {
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > giveUpAt) throw error;
      // Opening is synchronous, at start-up: blocking this thread a moment is what the busy handler would do too.
      blockFor(20);
    }
  }
}

/** Opens (creating if needed) an event-store file, or ':memory:', set up for durable appends by several processes. */
export function openSqliteDatabase(file: string): Database.Database {
  // FULL sync (openSharedSqliteFile): an answered command is a legal record and must survive a power cut.
  const db = openSharedSqliteFile(file);
  db.exec(SCHEMA);
  // The automatic checkpoint would copy and fsync the file on the thread that commits the office's commands.
  checkpointInBackground(db, file);
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
