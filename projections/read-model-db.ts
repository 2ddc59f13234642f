import Database from 'better-sqlite3';
import { openPrivately } from '../services/privacy/private-files.js';
import { checkpointInBackground } from '../services/store/wal-checkpointer.js';
import { allProjections } from './all-projections.js';
import type { ReadModelDb } from './projection.js';

export type { ReadModelDb } from './projection.js';

/**
 * Read models live in their own SQLite file: they can always be rebuilt from the events, so a replica keeps its
 * own, and a rebuild simply drops and replays. synchronous=NORMAL in WAL keeps every transaction atomic; a power cut
 * may only roll back the newest ones, which the runner then re-applies from the checkpoint stored with them.
 * Every projection's tables are created here, so queries can be prepared before the runner starts.
 */
export function openReadModelDb(file: string): ReadModelDb {
  const db = openPrivately(file, () => {
    const opened = new Database(file);
    // Before the first write: a new file takes this page size (a file in WAL mode keeps the one it has).
    opened.pragma(`page_size = ${PAGE_SIZE}`);
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
      for (const table of readModelTables) db.exec(`DROP TABLE IF EXISTS ${table}`);
      db.pragma(`user_version = ${READ_MODEL_VERSION}`);
    })();
    // Emptied, the file is cheap to rewrite with the page size of a new one (WAL mode forbids the change itself).
    if (file !== ':memory:' && db.pragma('page_size', { simple: true }) !== PAGE_SIZE) {
      db.pragma('journal_mode = DELETE');
      db.pragma(`page_size = ${PAGE_SIZE}`);
      db.exec('VACUUM');
      db.pragma('journal_mode = WAL');
    }
  }
  createCheckpoints(db);
  for (const projection of allProjections) projection.createTables(db);
  checkpointInBackground(db, file);
  return db;
}

/**
 * Opens the read models for reading only, beside the server's own connection (WAL lets it read while the runner
 * writes): for the worker threads that compute reports (services/api/heavy/). The server has opened the file first,
 * so its tables are there and of this version.
 */
export function openReadModelDbReadOnly(file: string): ReadModelDb {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  return db;
}

/**
 * 8 KiB pages: a dispute's document (about 2.4 kB in the benchmark's corpus) took a 4 KiB page of its own, two never
 * fitting in one; three fit in 8 KiB (issue 15: read models no larger than the events).
 */
const PAGE_SIZE = 8192;

/** Bump whenever a projection's tables or what it writes change. */
export const READ_MODEL_VERSION = 10;

/** Every table of the read models: the runner's checkpoints and each projection's own. */
export const readModelTables: readonly string[] = ['checkpoints', ...allProjections.flatMap((p) => p.tables)];

/** The runner's: how far the read models got, kept in the same transaction as what they applied. */
export function createCheckpoints(db: ReadModelDb): void {
  db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL)');
}
