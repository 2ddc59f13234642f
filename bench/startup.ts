import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { makeProjections } from '../projections/all-projections.js';
import { openReadModelDb } from '../projections/read-model-db.js';
import { createProjectionRunner } from '../projections/runner.js';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createPersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { disputeEvents, openCase } from './complaint-script.js';

/**
 * How long the server takes to start on a big data folder (issue 14): the time until /healthz answers (the port is
 * open) and until /readyz answers 200 (the read models have caught up), from spawning the server: the bundle `npm start`
 * runs (dist/server/main.js) and tsc's output (dist/services/api/main.js), one after the other.
 *
 *   node dist/bench/startup.js make /dev/shm/office-100k 100000   # once: 100k open disputes (5 events each), read models built
 *   node dist/bench/startup.js measure /dev/shm/office-100k [runs]
 *
 * Run by hand, not by `npm run bench` (making 100k disputes takes minutes). A tmpfs folder makes the generation's
 * fsyncs free; the start-up itself reads from the page cache either way once the folder has been read.
 */
const [mode, folderArg, countArg] = process.argv.slice(2);
if (!folderArg || (mode !== 'make' && mode !== 'measure')) {
  console.error('Usage: node dist/bench/startup.js make DIR [disputes] | measure DIR [runs]');
  process.exit(2);
}
const folder = resolve(folderArg);

/** `npm start` runs the bundle; tsc's output beside it, alternately, shows what bundling saves under the same load. */
const entries = {
  bundle: resolve(import.meta.dirname, '../server/main.js'),
  'tsc output': resolve(import.meta.dirname, '../services/api/main.js'),
};

if (mode === 'make') await make(folder, Number(countArg ?? 100_000));
else await measure(folder, Number(countArg ?? 3));

async function make(dir: string, disputes: number): Promise<void> {
  if (existsSync(join(dir, 'events.sqlite'))) throw new Error(`${dir} already holds events: choose an empty folder.`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const store = createSqliteEventStore({ file: join(dir, 'events.sqlite'), codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: join(dir, 'subject-keys.sqlite') });
  const vault = createPersonalDataVault(keys);
  const started = performance.now();
  for (let n = 0; n < disputes; n++) {
    const dispute = disputeEvents(n, openCase(n, 5), vault);
    await store.append(dispute.stream, dispute.events, { expectedRevision: 'no_stream' });
    if (n % 10_000 === 9_999) console.log(`${n + 1} disputes appended, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const readDb = openReadModelDb(join(dir, 'read-model.sqlite'));
  const runner = createProjectionRunner(store, readDb, makeProjections(vault));
  const projecting = performance.now();
  await runner.catchUp();
  console.log(`read models built in ${((performance.now() - projecting) / 1000).toFixed(0)} s, to position ${runner.checkpoint()}`);
  readDb.close();
  keys.close();
  await store.close();
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

async function status(url: string): Promise<number | null> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).status;
  } catch {
    return null;
  }
}

async function measure(dir: string, runs: number): Promise<void> {
  for (let run = 1; run <= runs; run++) {
    for (const [name, main] of Object.entries(entries)) await measureOnce(dir, `run ${run}, ${name}`, main);
  }
}

async function measureOnce(dir: string, label: string, main: string): Promise<void> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  let alive: number | null = null;
  let ready: number | null = null;
  while (ready === null && performance.now() - started < 120_000 && child.exitCode === null) {
    if (alive === null && (await status(`${base}/healthz`)) === 200) alive = performance.now() - started;
    // Before /readyz existed the server opened its port only once ready: a 404 there then means ready too.
    const readiness = alive === null ? null : await status(`${base}/readyz`);
    if (readiness === 200 || readiness === 404) ready = performance.now() - started;
    else await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  const ms = (t: number | null) => (t === null ? 'never' : `${Math.round(t)} ms`);
  console.log(`${label}: /healthz 200 after ${ms(alive)}, ready after ${ms(ready)}`);
}
