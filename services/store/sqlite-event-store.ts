import Database from 'better-sqlite3';
import type { EventCodec, NewEvent, RecordedEvent } from '../../schema/envelope.js';
import { AppError, Conflict, Unavailable } from '../errors.js';
import type { AppendResult, EventStore, ExpectedRevision, SubscribeOptions } from './event-store.js';
import { checkAppend, checkReadAllOptions, checkReadStreamOptions } from './store-input.js';
import { BUSY_TIMEOUT_MS, openSqliteDatabase } from './open-sqlite-database.js';
import { unavailableIfStorageFailed } from './storage-failure.js';
import { createWakeups } from './wakeups.js';

export type SqliteEventStoreOptions = (
  | {
      /** A file path, or ':memory:' for tests. */
      file: string;
    }
  | {
      /** An event-store file already opened with openSqliteDatabase, e.g. one given a size limit (max_page_count). */
      database: Database.Database;
    }
) & {
  codec: EventCodec;
  /** How often a waiting subscription looks for appends made by other processes sharing the file. */
  pollIntervalMs?: number;
};

const CATCH_UP_BATCH = 500;

interface EventRow {
  position: bigint;
  event_id: string;
  stream: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

export function createSqliteEventStore(options: SqliteEventStoreOptions): EventStore {
  const { codec, pollIntervalMs = 200 } = options;
  const db = 'database' in options ? options.database : openSqliteDatabase(options.file);

  const statements = {
    lastRevision: db.prepare<[string], { revision: bigint | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream = ?'),
    storedIds: db.prepare<[string], Pick<EventRow, 'event_id' | 'stream' | 'revision' | 'position'>>(
      'SELECT event_id, stream, revision, position FROM events WHERE event_id IN (SELECT value FROM json_each(?))',
    ),
    insert: db.prepare<[string, string, number, string, string, string], { position: bigint }>(
      'INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?) RETURNING position',
    ),
    readStream: db.prepare<[string, number, number], EventRow>(
      'SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?',
    ),
    readAll: db.prepare<[bigint, number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
    head: db.prepare<[], { position: bigint }>('SELECT COALESCE(MAX(position), 0) AS position FROM events'),
  };

  const wakeups = createWakeups(pollIntervalMs);
  let closed = false;
  let queued: QueuedAppend[] = [];

  function lastRevision(stream: string): number | undefined {
    const { revision } = statements.lastRevision.get(stream) ?? { revision: null };
    return revision === null ? undefined : Number(revision);
  }

  /** A retried command re-appends the very events it wrote before: answer as the first time, write nothing. */
  function earlierResult(stream: string, events: readonly NewEvent[]): AppendResult | undefined {
    const ids = events.map((event) => event.metadata.eventId);
    const stored = new Map(statements.storedIds.all(JSON.stringify(ids)).map((row) => [row.event_id, row]));
    if (stored.size === 0) return undefined;
    const first = stored.get(ids[0]!);
    const sameWrite =
      first !== undefined &&
      stored.size === ids.length &&
      ids.every((id, index) => {
        const row = stored.get(id);
        return row?.stream === stream && row.revision === first.revision + BigInt(index);
      });
    if (!sameWrite) {
      throw new AppError(
        'CONFLICT',
        `Some of these events (${[...stored.keys()].join(', ')}) are already recorded, but not as this same append to "${stream}": nothing was written. A retried command must repeat exactly the events it sent first.`,
        { stream, eventIds: [...stored.keys()] },
      );
    }
    const last = stored.get(ids[ids.length - 1]!)!;
    return { nextRevision: Number(last.revision), position: last.position };
  }

  const appendInTransaction = db.transaction(
    (stream: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): AppendResult => {
      const earlier = earlierResult(stream, events);
      if (earlier) return earlier;
      const actual = lastRevision(stream);
      checkExpectedRevision(stream, expectedRevision, actual);
      let revision = actual ?? -1;
      let position = 0n;
      for (const event of events) {
        revision += 1;
        ({ position } = statements.insert.get(
          event.metadata.eventId,
          stream,
          revision,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
        )!);
      }
      return { nextRevision: revision, position };
    },
  );

  /**
   * Group commit: the appends that arrive while the event loop is busy are written in one IMMEDIATE transaction, so
   * one fsync (synchronous=FULL) makes all of them durable. Each runs in its own savepoint with its own revision
   * check: a conflict or an error rolls back that append alone and is its caller's answer, the others commit.
   */
  const commitQueued = db.transaction((batch: QueuedAppend[]) =>
    batch.map((append): Outcome => {
      try {
        return { result: appendInTransaction(append.stream, append.events, append.expectedRevision) };
      } catch (error) {
        return { error };
      }
    }),
  );

  function flush() {
    const batch = queued;
    queued = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      if (closed) throw new Unavailable('The event store was closed before this append was written: nothing was written. Try again.');
      outcomes = commitQueued.immediate(batch);
    } catch (error) {
      // The shared transaction itself failed (the file stayed locked, the disk refused): nothing of the batch is written.
      outcomes = batch.map(() => ({ error }));
    }
    wakeups.notify();
    batch.forEach((append, i) => {
      const outcome = outcomes[i]!;
      if ('result' in outcome) append.resolve(outcome.result);
      else append.reject(translate(outcome.error, append.stream, append.expectedRevision, () => lastRevision(append.stream)));
    });
  }

  function decode(row: EventRow): RecordedEvent {
    return codec.decode({
      type: row.type,
      data: JSON.parse(row.data),
      metadata: JSON.parse(row.metadata),
      streamName: row.stream,
      revision: Number(row.revision),
      position: row.position,
    });
  }

  function readAllNow(fromPosition: bigint, limit: number): RecordedEvent[] {
    return statements.readAll.all(fromPosition, limit).map(decode);
  }

  async function* subscribe({ fromPosition = 0n, signal }: SubscribeOptions = {}): AsyncGenerator<RecordedEvent> {
    let position = fromPosition;
    while (!signal?.aborted && !closed) {
      // Reading and starting to wait happen in one synchronous step, so no in-process append can slip between them.
      const batch = readAllNow(position, CATCH_UP_BATCH);
      if (batch.length === 0) {
        await wakeups.wait(signal);
        continue;
      }
      for (const event of batch) {
        if (signal?.aborted || closed) return;
        yield event;
        position = event.position;
      }
    }
  }

  return {
    append(stream, events, { expectedRevision }) {
      let encoded: NewEvent[];
      try {
        encoded = checkAppend(stream, events, expectedRevision, codec);
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<AppendResult>((resolve, reject) => {
        // The first append of a batch schedules its write after the work already queued on the event loop, which
        // is where the other requests of this moment reach their own appends.
        if (queued.length === 0) setImmediate(flush);
        queued.push({ stream, events: encoded, expectedRevision, resolve, reject });
      });
    },
    async readStream(stream, options) {
      const { fromRevision, maxCount } = checkReadStreamOptions(options);
      // LIMIT -1 is SQLite's "no limit".
      return statements.readStream.all(stream, fromRevision, maxCount ?? -1).map(decode);
    },
    async readAll(options) {
      const { fromPosition, limit } = checkReadAllOptions(options);
      return readAllNow(fromPosition, limit);
    },
    subscribe,
    async headPosition() {
      return statements.head.get()!.position;
    },
    async close() {
      if (closed) return;
      // Appends already accepted are written before the file closes.
      flush();
      closed = true;
      wakeups.notify();
      db.close();
    },
  };
}

interface QueuedAppend {
  stream: string;
  events: NewEvent[];
  expectedRevision: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

type Outcome = { result: AppendResult } | { error: unknown };

function checkExpectedRevision(stream: string, expected: ExpectedRevision, actual: number | undefined): void {
  if (expected === 'any') return;
  if (expected === 'no_stream' ? actual === undefined : actual === expected) return;
  throw new Conflict(stream, String(expected), actual === undefined ? 'no_stream' : String(actual));
}

function translate(error: unknown, stream: string, expected: ExpectedRevision, actual: () => number | undefined): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  // Another writer's transaction cannot interleave with our IMMEDIATE one; this guards a writer that skipped it.
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes('events.stream, events.revision')) {
    const revision = actual();
    return new Conflict(stream, String(expected), revision === undefined ? 'no_stream' : String(revision));
  }
  if (error.code.startsWith('SQLITE_BUSY')) {
    return new Unavailable(
      `The event store file stayed locked by another process for over ${BUSY_TIMEOUT_MS / 1000} s: nothing was written. Try again; if it persists, look for a process holding a long transaction on the file.`,
    );
  }
  return unavailableIfStorageFailed(error, "the command's events to the event store");
}
