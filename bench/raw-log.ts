import Database from 'better-sqlite3';

/**
 * The raw limit every benchmark compares with: plain better-sqlite3, the same durability as the store
 * (WAL, synchronous=FULL), a table holding the same columns a log needs to be read back by stream (so the
 * same (stream, revision) index), but without the store's event-id column and its unique index.
 */
export function openRawLog(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position INTEGER PRIMARY KEY,
      stream TEXT NOT NULL,
      revision INTEGER NOT NULL,
      type TEXT NOT NULL,
      data TEXT NOT NULL,
      metadata TEXT NOT NULL,
      UNIQUE (stream, revision)
    ) STRICT`);
  const insert = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO events (stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?)',
  );
  return { db, insert };
}

/** Copies every event of a store's file into `db`'s events table, so both hold the very same rows. */
export function copyEvents(db: Database.Database, storeFile: string, columns = 'position, stream, revision, type, data, metadata'): void {
  db.prepare('ATTACH DATABASE ? AS source').run(storeFile);
  try {
    db.exec(`INSERT INTO events SELECT ${columns} FROM source.events`);
  } finally {
    db.exec('DETACH DATABASE source');
  }
}
