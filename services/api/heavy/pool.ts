import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, Unavailable } from '../../errors.js';
import type { JobArgs, JobKind, JobResult } from './jobs.js';
import type { PassedError, WorkerSetup } from './worker.js';

/** Jobs waiting for a worker at most; one more is refused at once… */
export const HEAVY_QUEUE = 32;
/** …and one that waited this long is answered UNAVAILABLE. */
export const HEAVY_WAIT_MS = 15_000;

export interface HeavyWork {
  /** Runs the job in a worker thread when one is free, else after the jobs before it (first come, first served). */
  run<K extends JobKind>(kind: K, args: JobArgs<K>): Promise<JobResult<K>>;
  /** Worker threads started so far (they start on the first jobs, so a server that never makes a report has none). */
  started(): number;
  close(): Promise<void>;
}

interface Job {
  kind: JobKind;
  args: unknown;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

const busy = () =>
  new Unavailable(
    `The server is busy with other reports and exports of whole periods (at most ${HEAVY_QUEUE} wait, each at most ${HEAVY_WAIT_MS / 1000} s). Try again in a minute.`,
  );

/**
 * A small pool of worker threads for whole-period work (issue 11): a year's report is seconds of CPU, which on the
 * server's thread would hold every other request however finely sliced, and fifty of them would take the whole loop.
 * At most `size` jobs run at once, one per thread, each thread with its own read-only connections; the others wait in
 * order, at most HEAVY_QUEUE of them and each at most HEAVY_WAIT_MS. A thread that fails is replaced for the next job.
 * (`spawn` is the real worker but in the pool's own specification.)
 */
export function createHeavyWork(setup: WorkerSetup, size: number, spawn: (setup: WorkerSetup) => Worker = spawnWorker): HeavyWork {
  const threads: Thread[] = [];
  const waiting: Job[] = [];
  let closed = false;

  function start(): Thread {
    const thread: Thread = { worker: spawn(setup), job: null };
    const fail = (error: Error) => {
      // An 'error' is followed by an 'exit': the thread is failed once.
      if (!threads.includes(thread)) return;
      threads.splice(threads.indexOf(thread), 1);
      thread.job?.reject(error);
      thread.job = null;
      dispatch();
    };
    thread.worker.on('message', (message: { result?: unknown; error?: PassedError }) => {
      const job = thread.job;
      thread.job = null;
      if (message.error) job?.reject(revived(message.error));
      else job?.resolve(message.result);
      dispatch();
    });
    // Never the error's text: it may name a file; its kind says enough.
    thread.worker.on('error', (error) => fail(new Error(`A report worker thread failed (${error.name}).`)));
    thread.worker.on('exit', () => fail(new Error('A report worker thread stopped.')));
    threads.push(thread);
    return thread;
  }

  function dispatch() {
    while (waiting.length > 0 && !closed) {
      const thread = threads.find((t) => t.job === null) ?? (threads.length < size ? start() : null);
      if (!thread) return;
      const job = waiting.shift()!;
      clearTimeout(job.timer);
      thread.job = job;
      thread.worker.postMessage({ kind: job.kind, args: job.args });
    }
  }

  return {
    run<K extends JobKind>(kind: K, args: JobArgs<K>) {
      if (closed) return Promise.reject(new Unavailable('The server is shutting down. Try again in a minute.'));
      if (waiting.length >= HEAVY_QUEUE) return Promise.reject(busy());
      return new Promise<JobResult<K>>((resolve, reject) => {
        const job: Job = { kind, args, resolve: resolve as (result: unknown) => void, reject };
        job.timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(job), 1);
          reject(busy());
        }, HEAVY_WAIT_MS);
        waiting.push(job);
        dispatch();
      });
    },
    started: () => threads.length,
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) {
        clearTimeout(job.timer);
        job.reject(new Unavailable('The server is shutting down. Try again in a minute.'));
      }
      const stopping = threads.splice(0);
      for (const t of stopping) t.job?.reject(new Unavailable('The server is shutting down. Try again in a minute.'));
      await Promise.all(stopping.map((t) => t.worker.terminate()));
    },
  };
}

/** Our own error again, with its code, sentence and details; any other keeps its kind and stack (the logs show those). */
function revived(passed: PassedError): Error {
  const error = passed.code ? new AppError(passed.code, passed.message, passed.details) : new Error(passed.message);
  error.name = passed.name;
  if (passed.stack) error.stack = passed.stack;
  return error;
}

/**
 * Built, the worker is the .js file beside this one. Run from the TypeScript sources (the test runner), it is loaded
 * through jiti, which compiles TypeScript as vite does for the tests.
 */
function spawnWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), { workerData: setup });
  const jiti = createRequire(here).resolve('jiti');
  const source = fileURLToPath(new URL('./worker.ts', here));
  return new Worker(`require(${JSON.stringify(jiti)}).createJiti(${JSON.stringify(here)}).import(${JSON.stringify(source)})`, {
    eval: true,
    workerData: setup,
  });
}
