import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { AccessRecord } from './access-log.js';

/** Writes access-log lines from another thread, so the fsync of each write (synchronous=FULL) never stops the server. */
export interface AccessLogWriter {
  /** Resolves once the lines are on disk; rejects when they could not be written. */
  write(entries: readonly AccessRecord[]): Promise<void>;
  close(): Promise<void>;
}

// Plain JavaScript evaluated in the worker (no file to find, whether run from dist/ or from the TypeScript sources):
// it writes what arrives while it was busy in one transaction, then says which writes are done.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file, { timeout: 5000 });
// The file is WAL already (WAL stays with the file): createSqliteAccessLog switched it, with its retries, before.
db.pragma('synchronous = FULL');
const insert = db.prepare('INSERT INTO access_log (at_ms, at, user_id, role, subject_id, operation, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
const writeAll = db.transaction((writes) => {
  for (const { entries } of writes) for (const e of entries) insert.run(Date.parse(e.at), e.at, e.userId, e.role, e.subjectId, e.operation, e.data);
});
let queued = [];
function flush() {
  const writes = queued;
  queued = [];
  if (writes.length === 0) return;
  try {
    writeAll(writes);
    parentPort.postMessage({ done: writes.map((w) => w.id) });
  } catch (error) {
    parentPort.postMessage({ failed: writes.map((w) => w.id), code: error && error.code });
  }
}
parentPort.on('message', (message) => {
  if (message === 'close') {
    flush();
    db.close();
    parentPort.close();
    return;
  }
  if (queued.length === 0) setImmediate(flush);
  queued.push(message);
});
`;

/** The access log's own file (its tables made by createSqliteAccessLog), written by a worker thread. */
export function createAccessLogWriter(file: string): AccessLogWriter {
  const worker = new Worker(WORKER, { eval: true, workerData: { file, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') } });
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const failAll = (error: Error) => {
    broken ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (message: { done?: number[]; failed?: number[]; code?: string }) => {
    for (const id of message.done ?? []) {
      waiting.get(id)?.resolve();
      waiting.delete(id);
    }
    for (const id of message.failed ?? []) {
      waiting.get(id)?.reject(new Error(`The access log could not be written (${message.code ?? 'unknown error'}).`));
      waiting.delete(id);
    }
  });
  // Never the error's text in the answer: it may name the file; the code says enough.
  worker.on('error', (error) => failAll(new Error(`The access log writer failed (${(error as { code?: string }).code ?? error.name}).`)));
  worker.once('exit', () => failAll(new Error('The access log writer has stopped.')));
  return {
    write(entries) {
      if (entries.length === 0) return Promise.resolve();
      if (broken) return Promise.reject(broken);
      const id = next++;
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, entries });
      });
    },
    async close() {
      worker.postMessage('close');
      await exited;
    },
  };
}
