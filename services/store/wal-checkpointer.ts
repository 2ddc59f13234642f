import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the checkpointing thread copies what the WAL holds back into the database file. */
const EVERY_MS = 200;
/**
 * The writer's own automatic checkpoint, kept only as a backstop should the thread fall behind or fail: at 8 KiB
 * pages, 160 MB of WAL. SQLite's default (1,000 pages) would run it on the writer's thread every few megabytes.
 */
const BACKSTOP_PAGES = 20_000;
/** A WAL grown by a burst is cut back to this many bytes once it restarts, instead of keeping its largest size. */
const WAL_SIZE_LIMIT = 64 * 2 ** 20;

/** The thread's state, shared with it: closing the database waits until the thread's own connection is closed. */
const STARTING = 0;
const RUNNING = 1;
const STOPPING = 2;
const CLOSED = 3;

// Plain JavaScript evaluated in the worker (no file to find, whether run from dist/ or from the TypeScript sources).
const WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const state = new Int32Array(workerData.state);
const closed = () => { Atomics.store(state, 0, ${CLOSED}); Atomics.notify(state, 0); };
// Closed before this thread started: it never opens the file (which may be gone by now).
if (Atomics.compareExchange(state, 0, ${STARTING}, ${RUNNING}) !== ${STARTING}) {
  closed();
} else {
  let db;
  try {
    db = new Database(workerData.file, { timeout: 5000, fileMustExist: true });
    // The checkpoint syncs the database file before the WAL may be reused, as the writer's own would.
    db.pragma('synchronous = ' + workerData.synchronous);
  } catch {
    closed();
    throw new Error('The checkpointing thread could not open its file.');
  }
  const timer = setInterval(() => {
    // PASSIVE never waits for readers or the writer; what it cannot copy now, it copies next time.
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: next time */ }
  }, workerData.everyMs);
  const stop = () => {
    clearInterval(timer);
    db.close();
    closed();
  };
  const stopping = Atomics.waitAsync(state, 0, ${RUNNING});
  if (stopping.async) stopping.value.then(stop);
  else stop();
}
`;

/**
 * Runs `db`'s WAL checkpoints on a thread of their own, so the thread that writes (a rebuild of the read models, the
 * commands) never stops to copy pages back into the database file: at 100,000 disputes that copying took a fifth to
 * two fifths of a rebuild (issue 15). The writer's automatic checkpoint stays as a backstop. Closing `db` first closes
 * the thread's connection (waiting out a checkpoint it is running), so the writer's is the last, as before.
 */
export function checkpointInBackground(db: Database.Database, file: string): void {
  if (file === ':memory:') return;
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const state = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      file,
      synchronous,
      everyMs: EVERY_MS,
      state: state.buffer,
      sqlite: createRequire(import.meta.url).resolve('better-sqlite3'),
    },
  });
  // A thread that fails (the file removed under it) leaves the backstop to checkpoint; it must not end the process.
  worker.on('error', () => undefined);
  worker.unref();
  const close = db.close.bind(db);
  db.close = () => {
    if (Atomics.compareExchange(state, 0, STARTING, STOPPING) === RUNNING) {
      Atomics.store(state, 0, STOPPING);
      Atomics.notify(state, 0);
      // Milliseconds: the thread closes as soon as its current checkpoint, if any, ends.
      Atomics.wait(state, 0, STOPPING, 2_000);
    }
    return close();
  };
}

/**
 * Folds the whole WAL into the database file and empties it (TRUNCATE): after an erasure, so no deleted text stays
 * in it, or before measuring a file. SQLite answers busy at once, without calling the busy handler, while another
 * connection holds the checkpoint lock, as the checkpointing thread does for a few milliseconds at a time: this
 * tries again until the WAL is empty, for up to `waitMs`.
 */
export function truncateWal(db: Pick<Database.Database, 'pragma'>, waitMs = 5_000): void {
  const giveUpAt = Date.now() + waitMs;
  for (;;) {
    // A bigint where the connection reads integers so (the event store's).
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number | bigint }[];
    if (!result || Number(result.busy) === 0) return;
    if (Date.now() > giveUpAt) {
      throw new Error(`The write-ahead log could not be emptied within ${waitMs / 1000} s: another connection kept it busy.`);
    }
    blockFor(2);
  }
}

/** Blocks this thread: only for waits of milliseconds where the caller must not go on (opening, an erasure). */
export function blockFor(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}
const pause = new Int32Array(new SharedArrayBuffer(4));
