import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { openSharedSqliteFile } from '../store/open-sqlite-database.js';
import { unavailableIfStorageFailed } from '../store/storage-failure.js';

/**
 * Every erasure ever carried out (GDPR art. 17), kept outside the data folders so that no backup holds it: a
 * backup taken before an erasure still holds the person's key, and restoring it would bring the person back. Each
 * restore, and each start of the server, erases again whoever this register names (`reapplyErasures`). It holds
 * subject ids (random, meaningless once the key is gone), instants and the stated grounds: never a person's data.
 */
export interface ErasureRegister {
  /** Records an erasure; a subject already recorded keeps its first entry. Returns the instant recorded for it. */
  record(entry: ErasureEntry): string;
  all(): ErasureEntry[];
  close(): void;
}

export interface ErasureEntry {
  subjectId: string;
  erasedAt: string;
  reason: string;
}

export function createErasureRegister({ file }: { file: string }): ErasureRegister {
  // The register is what keeps an erasure erased through a restore: what it answered must be on disk (FULL sync).
  const db = openSharedSqliteFile(file);
  db.exec(`CREATE TABLE IF NOT EXISTS erasures (subject_id TEXT PRIMARY KEY, erased_at TEXT NOT NULL, reason TEXT NOT NULL) STRICT`);
  const insert = db.prepare('INSERT OR IGNORE INTO erasures (subject_id, erased_at, reason) VALUES (?, ?, ?)');
  const select = db.prepare<[string], { erased_at: string }>('SELECT erased_at FROM erasures WHERE subject_id = ?');
  const selectAll = db.prepare<[], { subject_id: string; erased_at: string; reason: string }>(
    'SELECT subject_id, erased_at, reason FROM erasures ORDER BY erased_at, subject_id',
  );
  const record = db.transaction(({ subjectId, erasedAt, reason }: ErasureEntry) => {
    insert.run(subjectId, erasedAt, reason);
    return select.get(subjectId)!.erased_at;
  });
  return {
    record(entry) {
      try {
        return record.immediate(entry);
      } catch (error) {
        throw unavailableIfStorageFailed(error, 'to the erasure register');
      }
    },
    all: () => selectAll.all().map((r) => ({ subjectId: r.subject_id, erasedAt: r.erased_at, reason: r.reason })),
    close: () => db.close(),
  };
}

/**
 * Where the register is: `ERASURE_REGISTER`, or beside the folder holding the keys (`./data` → `./data-erasures.sqlite`).
 * Refused inside a data folder, where every backup would copy it (and a restore would replace it).
 */
export function erasureRegisterFile(configured: string | undefined, dataDir: string, sharedDir: string): string {
  const file = configured ? resolve(configured) : join(dirname(sharedDir), `${basename(sharedDir)}-erasures.sqlite`);
  for (const folder of new Set([dataDir, sharedDir])) {
    const inside = relative(folder, file);
    if (inside && !inside.startsWith('..') && !isAbsolute(inside)) {
      throw new Error(
        `ERASURE_REGISTER (${file}) lies inside the data folder ${folder}, which backups copy and restores replace: put it outside, e.g. ${join(dirname(folder), `${basename(folder)}-erasures.sqlite`)}.`,
      );
    }
  }
  return file;
}
