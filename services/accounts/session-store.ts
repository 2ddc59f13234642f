import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

/** 256 bits from the system's CSPRNG: guessing one is out of the question. */
const SESSION_ID_BYTES = 32;

export interface Session {
  userId: string;
  /** Epoch milliseconds. */
  createdAt: number;
  lastSeenAt: number;
  /** The absolute end, whatever the activity. */
  expiresAt: number;
}

/**
 * Sessions by the SHA-256 of their id: the id itself lives only in the browser's cookie, so a copy of the file
 * (a backup, a stolen disk) opens no session.
 */
export interface SessionStore {
  /** A new session; returns the id to give the browser. */
  begin(userId: string, now: number, expiresAt: number): string;
  get(sessionId: string): Session | null;
  touch(sessionId: string, now: number): void;
  end(sessionId: string): void;
  /** Ends every session of the user except `keep` (a session id), e.g. after a password change. */
  endAllOf(userId: string, keep?: string): void;
  /** Deletes the sessions past their absolute end or idle for `idleMs`. */
  sweep(now: number, idleMs: number): void;
}

export function createSessionStore(db: Database.Database): SessionStore {
  const insert = db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)');
  const select = db.prepare<[Buffer], { user_id: string; created_at: number; last_seen_at: number; expires_at: number }>(
    'SELECT user_id, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = ?',
  );
  const update = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const removeOfUser = db.prepare('DELETE FROM sessions WHERE user_id = ? AND id_hash IS NOT ?');
  const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?');

  return {
    begin(userId, now, expiresAt) {
      const sessionId = randomBytes(SESSION_ID_BYTES).toString('base64url');
      insert.run(digest(sessionId), userId, now, now, expiresAt);
      return sessionId;
    },
    get(sessionId) {
      const row = select.get(digest(sessionId));
      return row ? { userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at } : null;
    },
    touch: (sessionId, now) => void update.run(now, digest(sessionId)),
    end: (sessionId) => void remove.run(digest(sessionId)),
    endAllOf: (userId, keep) => void removeOfUser.run(userId, keep === undefined ? null : digest(keep)),
    sweep: (now, idleMs) => void removeExpired.run(now, now - idleMs),
  };
}

const digest = (sessionId: string) => createHash('sha256').update(sessionId).digest();
