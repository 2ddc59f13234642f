import Database from 'better-sqlite3';
import type { EventCodec, NewEvent, RecordedEvent } from '../../schema/envelope.js';
import { AppError, Conflict, Unavailable } from '../errors.js';
import type { AppendResult, EventStore, ExpectedRevision, SubscribeOptions } from './event-store.js';
import { checkAppend, checkReadAllOptions, checkReadStreamOptions } from './store-input.js';
import { BUSY_TIMEOUT_MS, openSqliteDatabase } from './open-sqlite-database.js';
import { unavailableIfStorageFailed } from './storage-failure.js';
import { createWakeups } from './wakeups.js';

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:' for tests. */
  file: string;
  codec: EventCodec;
  /** How often a waiting subscription looks for appends made by other processes sharing the file. */
  pollIntervalMs?: number;
}

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

export function createSqliteEventStore({ file, codec, pollIntervalMs = 200 }: SqliteEventStoreOptions): EventStore {
  const db = openSqliteDatabase(file);

  const statements = {
    lastRevision: db.prepare<[string], { revision: bigint | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream = ?'),
    storedIds: db.prepare<[string], Pick<EventRow, 'event_id' | 'stream' | 'revision' | 'position'>>(
      'SELECT event_id, stream, revision, position FROM events WHERE event_id IN (SELECT value FROM json_each(?))',
    ),
    insert: db.prepare<[string, string, number, string, string, string], { position: bigint }>(
      'INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?) RETURNING position',
    ),
    readStream: db.prepare<[string, number, number], EventRow>('SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?'),
    readAll: db.prepare<[bigint, number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
    head: db.prepare<[], { position: bigint }>('SELECT COALESCE(MAX(position), 0) AS position FROM events'),
  };

  const wakeups = createWakeups(pollIntervalMs);
  let closed = false;

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

  const appendInTransaction = db.transaction((stream: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): AppendResult => {
    const earlier = earlierResult(stream, events);
    if (earlier) return earlier;
    const actual = lastRevision(stream);
    checkExpectedRevision(stream, expectedRevision, actual);
    let revision = actual ?? -1;
    let position = 0n;
    for (const event of events) {
      revision += 1;
      ({ position } = statements.insert.get(event.metadata.eventId, stream, revision, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata))!);
    }
    return { nextRevision: revision, position };
  });

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
    async append(stream, events, { expectedRevision }) {
      const encoded = checkAppend(stream, events, expectedRevision, codec);
      try {
        const result = appendInTransaction.immediate(stream, encoded, expectedRevision);
        wakeups.notify();
        return result;
      } catch (error) {
        throw translate(error, stream, expectedRevision, () => lastRevision(stream));
      }
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
      closed = true;
      wakeups.notify();
      db.close();
    },
  };
}

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
  return unavailableIfStorageFailed(error, 'the command\'s events to the event store');
}
