import { EventEmitter, on } from 'node:events';
import type { RecordedEvent } from '../../../schema/envelope.js';
import type { ProjectionRunner } from '../../../projections/runner.js';
import { errorFields, type Logger } from '../../observability/logger.js';

export interface LiveFeed {
  /** Each new event of one dispute, once the read models hold it. Yields the emitter's argument lists. */
  timelineOf(disputeId: string): AsyncIterableIterator<[RecordedEvent]>;
  received(): AsyncIterableIterator<[string]>;
  overdue(): AsyncIterableIterator<[string]>;
  /** How many subscriptions listen now: one registered here will get the next event it asks for. */
  listening(): number;
  close(): void;
}

export interface LiveFeedOptions {
  runner: ProjectionRunner;
  /** Which dispute's timeline an applied event joined, if any. */
  disputeOfEvent: (event: RecordedEvent) => string | null;
  /** The disputes late now, by the injectable clock. */
  overdueIds: () => Set<string>;
  overdueCheckMs: number;
  log: Pick<Logger, 'error'>;
}

/**
 * Live updates for subscriptions, in this process: the runner announces each committed batch, and a timer
 * compares the disputes late now with those late at the last check. Lateness begins with the passing of time,
 * not with an event, so only a clock can notice it. `on()` iterators stop listening as soon as a client
 * unsubscribes.
 */
export function createLiveFeed({ runner, disputeOfEvent, overdueIds, overdueCheckMs, log }: LiveFeedOptions): LiveFeed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const closing = new AbortController();
  const listen = <T extends unknown[]>(name: string) => on(emitter, name, { signal: closing.signal }) as AsyncIterableIterator<T>;

  const stopListening = runner.onApplied((events) => {
    for (const event of events) {
      const disputeId = disputeOfEvent(event);
      if (disputeId === null) continue;
      emitter.emit(`timeline:${disputeId}`, event);
      if (event.type === 'ComplaintReceived') emitter.emit('received', disputeId);
    }
  });

  let late = overdueIds();
  const timer = setInterval(() => {
    try {
      const now = overdueIds();
      for (const id of now) if (!late.has(id)) emitter.emit('overdue', id);
      late = now;
    } catch (e) {
      log.error({ ...errorFields(e), retryInMs: overdueCheckMs }, 'the check for newly overdue disputes failed; trying again');
    }
  }, overdueCheckMs);
  timer.unref();

  return {
    timelineOf: (disputeId) => listen<[RecordedEvent]>(`timeline:${disputeId}`),
    received: () => listen<[string]>('received'),
    overdue: () => listen<[string]>('overdue'),
    // `on()` also listens for 'error' on the emitter's behalf: only the events asked for count.
    listening: () => emitter.eventNames().reduce((n, name) => (name === 'error' ? n : n + emitter.listenerCount(name)), 0),
    close() {
      stopListening();
      clearInterval(timer);
      closing.abort();
    },
  };
}
