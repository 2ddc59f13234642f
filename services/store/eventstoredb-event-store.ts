import {
  type AllStreamResolvedEvent,
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  type RecordedEvent as EsdbRecordedEvent,
  type ResolvedEvent,
  type StreamingRead,
  StreamNotFoundError,
} from '@eventstore/db-client';
import type { EventCodec, RecordedEvent } from '../../schema/envelope.js';
import type { EventStore } from './event-store.js';
import {
  isSystemEvent,
  isTransient,
  redact,
  toAppendResult,
  toEventData,
  toExpectedRevision,
  toReadPosition,
  toRecordedEvent,
  toStoreError,
} from './eventstoredb-mapping.js';
import { type OpenSubscription, resubscribe } from './resubscribe.js';
import { checkAppend, checkReadAllOptions, checkReadStreamOptions } from './store-input.js';
import { withinDeadline } from './within-deadline.js';

export interface EventStoreDbOptions {
  /** `esdb://host:2113?tls=false` for one node, `esdb+discover://…` for a cluster. */
  connectionString: string;
  codec: EventCodec;
  /** How long a call may take before the server counts as unreachable, unless the connection string sets defaultDeadline. */
  deadlineMs?: number;
  /** The seam for tests: opens a raw subscription to $all after a position. Defaults to the client's subscribeToAll. */
  subscribeFn?: (client: EventStoreDBClient) => OpenSubscription<AllStreamResolvedEvent>;
  onSubscriptionDrop?: (error: unknown, attempt: number, retryInMs: number) => void;
}

export interface EventStoreDbEventStore extends EventStore {
  /** Resolves when the server answers a read; throws Unavailable with what to check otherwise. */
  checkConnection(): Promise<void>;
}

const PAGE = 500;

export function createEventStoreDbEventStore({
  connectionString,
  codec,
  deadlineMs = 5_000,
  subscribeFn = subscribeToAll,
  onSubscriptionDrop = logDrop,
}: EventStoreDbOptions): EventStoreDbEventStore {
  const client = connect(connectionString, deadlineMs);
  const openRaw = subscribeFn(client);
  const subscriptions = new Set<AbortController>();
  const fail = (error: unknown): never => {
    throw toStoreError(error, connectionString);
  };

  /** Every read answers within the deadline, or is cancelled and reported as unreachable. */
  function collect<E>(read: StreamingRead<E>): Promise<E[]> {
    const all = (async () => {
      const items: E[] = [];
      for await (const item of read) items.push(item);
      return items;
    })();
    return withinDeadline(all, deadlineMs, () => void read.cancel().catch(() => {}));
  }

  /** Reads our events from $all in pages, strictly after (or, backwards, before) `from`, until `take` returns false. */
  async function scanAll(
    direction: typeof FORWARDS | typeof BACKWARDS,
    from: bigint | typeof END,
    take: (event: EsdbRecordedEvent) => boolean,
  ): Promise<void> {
    let cursor = from;
    const passed = (position: bigint) => cursor !== END && (direction === FORWARDS ? position <= cursor : position >= cursor);
    for (;;) {
      const fromPosition = cursor === END ? END : toReadPosition(cursor);
      const page = await collect(client.readAll({ direction, fromPosition, maxCount: PAGE, resolveLinkTos: false }));
      for (const { event } of page) {
        // A page starts at its position inclusively: the event there was delivered already.
        if (!event?.position || passed(event.position.commit)) continue;
        cursor = event.position.commit;
        if (!isSystemEvent(event) && !take(event)) return;
      }
      if (page.length < PAGE) return;
    }
  }

  return {
    async append(stream, events, { expectedRevision }) {
      const encoded = checkAppend(stream, events, expectedRevision, codec);
      try {
        const appended = client.appendToStream(stream, encoded.map(toEventData), {
          expectedRevision: toExpectedRevision(expectedRevision),
        });
        const result = await withinDeadline(appended, deadlineMs);
        return toAppendResult(result);
      } catch (error) {
        throw toStoreError(error, connectionString, { stream, expected: expectedRevision });
      }
    },
    async readStream(stream, options) {
      const { fromRevision, maxCount } = checkReadStreamOptions(options);
      if (maxCount === 0) return [];
      let read: ResolvedEvent[];
      try {
        read = await collect(client.readStream(stream, { fromRevision: BigInt(fromRevision), maxCount, direction: FORWARDS }));
      } catch (error) {
        if (error instanceof StreamNotFoundError) return [];
        return fail(error);
      }
      return read.flatMap(({ event }) => (event ? [codec.decode(toRecordedEvent(event))] : []));
    },
    async readAll(options) {
      const { fromPosition, limit } = checkReadAllOptions(options);
      const read: RecordedEvent[] = [];
      await scanAll(FORWARDS, fromPosition, (event) => {
        read.push(codec.decode(toRecordedEvent(event)));
        return read.length < limit;
      }).catch(fail);
      return read;
    },
    async *subscribe({ fromPosition = 0n, signal } = {}) {
      const controller = new AbortController();
      const stop = () => controller.abort();
      signal?.addEventListener('abort', stop, { once: true });
      if (signal?.aborted) stop();
      subscriptions.add(controller);
      try {
        const events = resubscribe({
          open: (from, attemptSignal) => ourEvents(openRaw(from, attemptSignal)),
          fromPosition,
          signal: controller.signal,
          isTransient,
          onDrop: (error, attempt, retryInMs) => onSubscriptionDrop(toStoreError(error, connectionString), attempt, retryInMs),
        });
        // Reading an event stays outside the resubscription: an event we cannot read is not a dropped connection.
        for await (const { event } of events) yield codec.decode(toRecordedEvent(event));
      } finally {
        signal?.removeEventListener('abort', stop);
        subscriptions.delete(controller);
        controller.abort();
      }
    },
    async headPosition() {
      let head = 0n;
      await scanAll(BACKWARDS, END, (event) => {
        head = event.position!.commit;
        return false;
      }).catch(fail);
      return head;
    },
    async checkConnection() {
      await scanAll(BACKWARDS, END, () => false).catch(fail);
    },
    async close() {
      for (const subscription of subscriptions) subscription.abort();
      await client.dispose();
    },
  };
}

function connect(connectionString: string, deadlineMs: number): EventStoreDBClient {
  // The client waits 10 s by default; an unreachable server must fail fast so a request gets a clear answer.
  const withDeadline = /[?&]default[-_]?deadline=/i.test(connectionString)
    ? connectionString
    : `${connectionString}${connectionString.includes('?') ? '&' : '?'}defaultDeadline=${deadlineMs}`;
  try {
    return EventStoreDBClient.connectionString(withDeadline);
  } catch (error) {
    // No `cause`: the client's error may quote the connection string, password and all; its message is kept, redacted.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(
      `The EventStoreDB connection string ${redact(connectionString)} is not valid: ${(error as Error).message}. Example: esdb://localhost:2113?tls=false`,
    );
  }
}

function subscribeToAll(client: EventStoreDBClient): OpenSubscription<AllStreamResolvedEvent> {
  return (fromPosition, signal) => {
    const subscription = client.subscribeToAll({
      fromPosition: toReadPosition(fromPosition),
      filter: excludeSystemEvents(),
      resolveLinkTos: false,
    });
    signal.addEventListener('abort', () => void subscription.unsubscribe().catch(() => {}), { once: true });
    return subscription;
  };
}

/** Our events, positioned by commit position; the server-side filter has already dropped most system events. */
async function* ourEvents(raw: AsyncIterable<AllStreamResolvedEvent>): AsyncGenerator<{ position: bigint; event: EsdbRecordedEvent }> {
  for await (const { event } of raw) {
    if (event?.position && !isSystemEvent(event)) yield { position: event.position.commit, event };
  }
}

function logDrop(error: unknown, attempt: number, retryInMs: number): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`EventStoreDB subscription dropped (attempt ${attempt}), resubscribing in ${retryInMs} ms: ${reason}\n`);
}
