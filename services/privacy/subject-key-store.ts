import { randomBytes } from 'node:crypto';
import { SubjectErased } from '../errors.js';
import { createLruCache } from '../lru-cache.js';
import { openSharedSqliteFile } from '../store/open-sqlite-database.js';
import { unavailableIfStorageFailed } from '../store/storage-failure.js';

/** AES-256 key length in bytes. */
const KEY_BYTES = 32;

/**
 * The per-subject keys, kept outside the event log: deleting a key is what erases a person
 * (crypto-shredding, GDPR art. 17) while the events stay immutable.
 */
export interface SubjectKeyStore {
  /** Idempotent: returns the existing key if the subject has one. Refuses a subject already erased. */
  createKey(subjectId: string): Buffer;
  getKey(subjectId: string): Buffer | null;
  /**
   * Deletes the key and records the erasure, at `at` (default now) unless one is recorded already. True when a key
   * was deleted, false when there was none.
   */
  deleteKey(subjectId: string, at?: string): boolean;
  /** When the subject was erased (ISO 8601), or null: the proof that an erasure request was carried out. */
  erasedAt(subjectId: string): string | null;
  /** Drops what this process remembers of the subject's key: another process (a replica sharing the file) erased them. */
  forget(subjectId: string): void;
  close(): void;
}

/**
 * How long a key read from the file is used without reading it again. Erasures made here drop it at once, and those
 * of another process sharing the file as soon as their SubjectDataErased event is applied (`forget`); this bounds
 * how long a key could outlive an erasure whose event never came.
 */
export const KEY_CACHE_MS = 30_000;

export function createSqliteSubjectKeyStore({ file, cachedKeys = 10_000 }: { file: string; cachedKeys?: number }): SubjectKeyStore {
  // A key lost in a crash would make a person's data unreadable: commit only what is on disk (FULL sync).
  const db = openSharedSqliteFile(file);
  // Overwrite deleted keys with zeros instead of leaving them in free pages of the file.
  db.pragma('secure_delete = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS subject_keys (
      subject_id TEXT PRIMARY KEY,
      key BLOB NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS erased_subjects (
      subject_id TEXT PRIMARY KEY,
      erased_at TEXT NOT NULL
    );
  `);

  const selectKey = db.prepare<[string], { key: Buffer }>('SELECT key FROM subject_keys WHERE subject_id = ?');
  const insertKey = db.prepare('INSERT INTO subject_keys (subject_id, key, created_at) VALUES (?, ?, ?)');
  const removeKey = db.prepare('DELETE FROM subject_keys WHERE subject_id = ?');
  const selectErased = db.prepare<[string], { erased_at: string }>('SELECT erased_at FROM erased_subjects WHERE subject_id = ?');
  // The first erasure is the one that counts as proof; a repeated request changes nothing.
  const insertErased = db.prepare('INSERT OR IGNORE INTO erased_subjects (subject_id, erased_at) VALUES (?, ?)');

  // Every request opens the same few persons' data: one look-up in the file each time cost more than the decryption.
  const keys = createLruCache<string, Buffer>({ maxEntries: cachedKeys, ttlMs: KEY_CACHE_MS });
  // An erasure is final, so when it happened can be remembered for good (within the bound).
  const erasures = createLruCache<string, string>({ maxEntries: cachedKeys });

  function erasedAt(subjectId: string): string | null {
    const known = erasures.get(subjectId);
    if (known !== undefined) return known;
    const at = selectErased.get(subjectId)?.erased_at ?? null;
    if (at !== null) erasures.set(subjectId, at);
    return at;
  }

  function getKey(subjectId: string): Buffer | null {
    const known = keys.get(subjectId);
    if (known !== undefined) return known;
    const key = selectKey.get(subjectId)?.key ?? null;
    if (key !== null) keys.set(subjectId, key);
    return key;
  }

  const createKey = db.transaction((subjectId: string): Buffer => {
    const existing = selectKey.get(subjectId);
    if (existing) return existing.key;
    // A new key would make new data readable under an id whose erasure was promised.
    if (erasedAt(subjectId) !== null) throw new SubjectErased();
    const key = randomBytes(KEY_BYTES);
    insertKey.run(subjectId, key, new Date().toISOString());
    return key;
  });

  const deleteKey = db.transaction((subjectId: string, at: string): boolean => {
    const deleted = removeKey.run(subjectId).changes > 0;
    insertErased.run(subjectId, at);
    return deleted;
  });

  /** A key that cannot be written (disk full, read-only file) refuses the command that needed it: UNAVAILABLE. */
  function writing<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      throw unavailableIfStorageFailed(error, 'to the key store');
    }
  }

  return {
    createKey(subjectId) {
      // Most seals are for a subject whose key exists. A key in the file means no erasure yet (deleteKey removes it in
      // the transaction that records the erasure), so only a missing key needs the write lock and its check.
      const key = selectKey.get(subjectId)?.key ?? writing(() => createKey.immediate(subjectId));
      keys.set(subjectId, key);
      return key;
    },
    getKey,
    deleteKey(subjectId, at = new Date().toISOString()) {
      keys.delete(subjectId);
      const deleted = writing(() => deleteKey.immediate(subjectId, at));
      // The WAL still holds the page with the key until a checkpoint: fold it into the (zeroed) file now.
      // Best effort: a reader still open on an older snapshot delays it to the next checkpoint.
      if (deleted) db.pragma('wal_checkpoint(TRUNCATE)');
      return deleted;
    },
    erasedAt,
    forget: (subjectId) => keys.delete(subjectId),
    close: () => db.close(),
  };
}
