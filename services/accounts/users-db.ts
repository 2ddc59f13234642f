import type Database from 'better-sqlite3';
import { openSharedSqliteFile } from '../store/open-sqlite-database.js';

/**
 * The accounts' own SQLite file (`users.sqlite` in the shared folder, beside the subject keys): API replicas on one
 * machine share it, so a session begun on one is known to the other and a disabled account is refused by both.
 */
export function openUsersDb(file: string): Database.Database {
  // Password hashes: the service account's alone (0600), like the keys beside them. A password change or a disabled
  // account lost in a power cut would silently come back (FULL sync); replicas and `npm run user` write to it at once.
  const db = openSharedSqliteFile(file);
  db.pragma('foreign_keys = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS accounts (
      user_id TEXT PRIMARY KEY COLLATE NOCASE,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      language TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      last_sign_in_at INTEGER
    );
    CREATE TABLE IF NOT EXISTS sessions (
      id_hash BLOB PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES accounts (user_id) ON DELETE CASCADE,
      created_at INTEGER NOT NULL,
      last_seen_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id);
    CREATE TABLE IF NOT EXISTS sign_in_failures (
      key TEXT NOT NULL,
      at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sign_in_failures_by_key ON sign_in_failures (key, at);
  `);
  return db;
}
