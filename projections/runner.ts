import { setImmediate } from 'node:timers/promises';
import type { RecordedEvent } from '../schema/envelope.js';
import type { EventStore } from '../services/store/event-store.js';
import { errorFields, loggerFromEnv, type Logger } from '../services/observability/logger.js';
import type { ApplyBatch, Projection, ProjectionContext } from './projection.js';
import { createCheckpoints, type ReadModelDb } from './read-model-db.js';

export interface ProjectionRunner {
  /** Follows the store from the stored checkpoint until stop(). */
  start(): void;
  stop(): Promise<void>;
  /** Resolves true once everything up to `position` is applied, false if that takes longer than `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean>;
  checkpoint(): bigint;
  /** Truncates every projection's tables and replays all events from position 0. */
  rebuild(): Promise<void>;
  /** Applies all events present now, then returns (for CLIs and tests). */
  catchUp(): Promise<void>;
  lastError(): Error | null;
  /**
   * How many events the projections skipped because this release does not know them (a type, or a schema version,
   * written by a newer release; `isKnownEvent`), since the read models were built. For /readyz: non-zero means the
   * read models miss what those events say, and the server should be upgraded.
   */
  skippedUnknownEvents(): number;
  /** Calls `listener` after each committed batch (live updates); returns the way to stop listening. */
  onApplied(listener: (events: readonly RecordedEvent[]) => void): () => void;
}

const CHECKPOINT = 'read-models';
/** Kept with the checkpoint, in the same transaction, so the count survives a restart and restarts with a rebuild. */
const SKIPPED = 'unknown-events-skipped';
const BATCH = 1000;

export interface RunnerOptions {
  /**
   * Whether this release can read the event (the catalogue's `isKnownEvent`); the others, written by a newer release,
   * are skipped, logged once per kind and counted, so they never stop the projections. Default: every event.
   */
  readable?: (event: RecordedEvent) => boolean;
}

/** The projections a runner keeps, and what they need besides their tables. */
export interface RunnerProjections {
  projections: readonly Projection[];
  context: ProjectionContext;
}

/**
 * Applies each batch of events and the new checkpoint in one SQLite transaction, so a crash never applies an
 * event twice nor skips one. Each projection is given only the events it handles.
 */
export function createProjectionRunner(
  store: EventStore,
  db: ReadModelDb,
  { projections, context }: RunnerProjections,
  log: Pick<Logger, 'error' | 'warn'> = loggerFromEnv(),
  { readable = () => true }: RunnerOptions = {},
): ProjectionRunner {
  createCheckpoints(db);
  for (const p of projections) p.createTables(db);
  const open = () => projections.map((p): [ReadonlySet<string>, ApplyBatch] => [p.handles, p.open(db, context)]);
  let appliers = open();
  const readCheckpoint = db.prepare<[string], { position: string }>('SELECT position FROM checkpoints WHERE name = ?');
  let position = BigInt(readCheckpoint.get(CHECKPOINT)?.position ?? '0');
  const writeCheckpoint = prepareCheckpointWrite(db);
  let waiters: { position: bigint; resolve: (ok: boolean) => void }[] = [];
  let controller: AbortController | null = null;
  let loop: Promise<void> | null = null;
  let error: Error | null = null;
  const listeners = new Set<(events: readonly RecordedEvent[]) => void>();
  let skipped = Number(readCheckpoint.get(SKIPPED)?.position ?? '0');
  /** Each unknown type (and version) is logged once per process; the count says how many followed. */
  const reported = new Set<string>();

  const applyBatch = db.transaction((events: RecordedEvent[], last: bigint, newlySkipped: number) => {
    for (const [handles, apply] of appliers) {
      const handled = events.filter((e) => handles.has(e.type));
      if (handled.length > 0) apply(handled);
    }
    writeCheckpoint.run(CHECKPOINT, last.toString());
    if (newlySkipped > 0) writeCheckpoint.run(SKIPPED, String(skipped + newlySkipped));
  });

  /** The events this release knows; the others are logged (type and position only: never their data) and counted. */
  function knownOf(events: RecordedEvent[]): RecordedEvent[] {
    const known: RecordedEvent[] = [];
    for (const e of events) {
      if (readable(e)) {
        known.push(e);
        continue;
      }
      const kind = `${e.type} v${e.metadata.schemaVersion}`;
      if (reported.has(kind)) continue;
      reported.add(kind);
      log.warn(
        { position: e.position.toString(), eventType: e.type, schemaVersion: e.metadata.schemaVersion },
        'skipped an event of a type or version unknown to this release (written by a newer one); further such events are skipped and counted: upgrade this server',
      );
    }
    return known;
  }

  function applied(all: RecordedEvent[]) {
    // A catch-up and the live subscription may both deliver an event: only what lies past the checkpoint counts.
    const delivered = all.filter((e) => e.position > position);
    if (delivered.length === 0) return;
    const events = knownOf(delivered);
    // The checkpoint passes the skipped events too, so they are not met again (and counted twice).
    applyBatch(events, delivered[delivered.length - 1]!.position, delivered.length - events.length);
    skipped += delivered.length - events.length;
    // A batch applied is proof of recovery: health must not report a failure that has passed.
    error = null;
    position = delivered[delivered.length - 1]!.position;
    const ready = waiters.filter((w) => w.position <= position);
    waiters = waiters.filter((w) => w.position > position);
    for (const w of ready) w.resolve(true);
    // Only after the commit, so a listener that queries the read model sees the batch; a failing listener
    // must not stop the projections.
    for (const listener of events.length > 0 ? listeners : []) {
      try {
        listener(events);
      } catch (e) {
        log.error(errorFields(e), 'a listener of the projections failed (the projections go on)');
      }
    }
  }

  async function catchUp() {
    for (;;) {
      const events = await store.readAll({ fromPosition: position, limit: BATCH });
      applied(events);
      if (events.length < BATCH) return;
      // SQLite reads synchronously: without a turn of the event loop between batches, a long catch-up (a start after
      // a rebuild, 500,000 events in minutes) would hold every request, /healthz too, until it ends.
      await setImmediate();
    }
  }

  async function follow(signal: AbortSignal) {
    await catchUp();
    error = null;
    for await (const event of store.subscribe({ fromPosition: position, signal })) {
      applied([event]);
    }
  }

  return {
    start() {
      if (loop) return;
      controller = new AbortController();
      const signal = controller.signal;
      loop = (async () => {
        // A failing projection must not die silently: record it, back off, and retry from the checkpoint.
        while (!signal.aborted) {
          try {
            await follow(signal);
          } catch (e) {
            error = e as Error;
            log.error(
              { ...errorFields(error), position: position.toString() },
              'the projections stopped at an event; retrying from the checkpoint in 1 s',
            );
            await new Promise((r) => setTimeout(r, 1000));
          }
        }
      })();
    },
    async stop() {
      controller?.abort();
      await loop;
      loop = null;
      for (const w of waiters) w.resolve(false);
      waiters = [];
    },
    waitFor(target, timeoutMs) {
      if (target <= position) return Promise.resolve(true);
      return new Promise((resolve) => {
        const waiter = { position: target, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          resolve(false);
        }, timeoutMs).unref();
      });
    },
    checkpoint: () => position,
    async rebuild() {
      db.transaction(() => {
        db.exec('DELETE FROM checkpoints');
        for (const p of projections) {
          p.truncate(db);
          for (const index of p.deferredIndexes) db.exec(`DROP INDEX IF EXISTS ${index}`);
        }
      })();
      // Prepared again against the tables created anew.
      appliers = open();
      position = 0n;
      skipped = 0;
      try {
        await catchUp();
      } finally {
        // The deferred indexes, each built in one pass over its finished table (also after a failed replay: the
        // tables are then partly filled, and a server opening them must find its indexes).
        db.transaction(() => projections.forEach((p) => p.createTables(db)))();
      }
    },
    catchUp,
    lastError: () => error,
    skippedUnknownEvents: () => skipped,
    onApplied(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function prepareCheckpointWrite(db: ReadModelDb) {
  return db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position');
}
