import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openUsersDb } from '../../services/accounts/users-db.js';
import { createSqliteAccessLog } from '../../services/privacy/access-log.js';
import { createErasureRegister } from '../../services/privacy/erasure-register.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { openSqliteDatabase } from '../../services/store/open-sqlite-database.js';

/**
 * Two replicas started together (test/api/replicas.e2e.spec.ts, CI of stop 17) met on the new shared access log: one
 * was creating it when the other switched it to WAL, and the second exited with SQLITE_BUSY. Here another thread
 * holds a new file's write lock for a while, as a starting replica does, and every opener of a shared file waits.
 */
const HOLD_MS = 400;

// Plain JavaScript for the worker: take the write lock on a new file (not yet WAL), say so, commit after holdMs and
// flag it in shared memory, which the test reads while its own thread is blocked in the open.
const HOLDER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file);
db.exec('BEGIN IMMEDIATE');
db.exec('CREATE TABLE IF NOT EXISTS starting (x)');
parentPort.postMessage('locked');
setTimeout(() => { db.exec('COMMIT'); db.close(); Atomics.store(workerData.released, 0, 1); parentPort.postMessage('released'); }, workerData.holdMs);
`;

interface Held {
  /** Whether the other thread has let go (read at any moment, even from a blocked thread). */
  isReleased(): boolean;
  done: Promise<void>;
}

function holdLock(file: string, holdMs: number): Promise<Held> {
  const released = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(HOLDER, {
    eval: true,
    workerData: { file, holdMs, released, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (message) => message === 'released' && resolve());
    worker.once('error', reject);
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => message === 'locked' && resolve({ isReleased: () => Atomics.load(released, 0) === 1, done }));
    worker.once('error', reject);
  });
}

const openers: [string, (file: string) => { close(): void }][] = [
  ['the event store', (file) => openSqliteDatabase(file)],
  ['the access log', (file) => createSqliteAccessLog({ file })],
  ['the erasure register', (file) => createErasureRegister({ file })],
  ['the subject keys', (file) => createSqliteSubjectKeyStore({ file })],
  ['the accounts', (file) => openUsersDb(file)],
];

describe('a shared SQLite file another process is writing', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it.each(openers)('%s opens once the other lets go, instead of failing with "database is locked"', async (_name, open) => {
    const folder = mkdtempSync(join(tmpdir(), 'dispute-ledger-locked-'));
    folders.push(folder);
    // A machine too busy to open before the other thread lets go proves nothing: try again with a longer hold.
    for (let holdMs = HOLD_MS, attempt = 1; ; holdMs *= 2, attempt++) {
      const file = join(folder, `shared-${attempt}.sqlite`);
      const held = await holdLock(file, holdMs);
      const lockedWhenOpening = !held.isReleased();
      const opened = open(file);
      // It returned only after the other let go: it waited for the lock instead of failing.
      const releasedWhenOpened = held.isReleased();
      opened.close();
      await held.done;
      if (!lockedWhenOpening && attempt < 4) continue;
      expect(lockedWhenOpening).toBe(true);
      expect(releasedWhenOpened).toBe(true);
      return;
    }
  });
});
