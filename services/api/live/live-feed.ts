import { EventEmitter, on } from 'node:events';
import type { RecordedEvent } from '../../../schema/envelope.js';
import type { ProjectionRunner } from '../../../projections/runner.js';
import type { LateKey, Lateness } from '../../../projections/supervision/supervision-queries.js';
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
  /** Which disputes are late, asked in index ranges the size of each answer. */
  lateness: Lateness;
  clock: () => Date;
  overdueCheckMs: number;
  log: Pick<Logger, 'error'>;
}

/** How many late disputes one slice of the first count reads before giving the event loop back. */
const FIRST_COUNT_SLICE = 500;

/**
 * Live updates for subscriptions, in this process: the runner announces each committed batch, and a timer looks for
 * disputes that became late since its last check. Lateness begins with the passing of time, not with an event, so
 * only a clock can notice it; an event can also make a dispute late (a back-dated receipt, a reopening) or end it.
 * Each check therefore asks two small questions, whose answers are as large as what changed: the open disputes that
 * fell due since the last check, and which of the disputes events touched since then are late now. The set of
 * disputes already late, against which both are compared, is counted once at start, in slices, so that neither the
 * start nor any check holds the event loop for the whole late list. `on()` iterators stop listening as soon as a
 * client unsubscribes.
 */
export function createLiveFeed({ runner, disputeOfEvent, lateness, clock, overdueCheckMs, log }: LiveFeedOptions): LiveFeed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const closing = new AbortController();
  const listen = <T extends unknown[]>(name: string) => on(emitter, name, { signal: closing.signal }) as AsyncIterableIterator<T>;

  const touched = new Set<string>();
  const stopListening = runner.onApplied((events) => {
    for (const event of events) {
      const disputeId = disputeOfEvent(event);
      if (disputeId === null) continue;
      touched.add(disputeId);
      emitter.emit(`timeline:${disputeId}`, event);
      if (event.type === 'ComplaintReceived') emitter.emit('received', disputeId);
    }
  });

  const late = new Set<string>();
  let checkedAt: Date | null = null;
  /** Counts the disputes late at `at` into `late`, a slice at a time; resolves to false if the feed closed meanwhile. */
  const countLate = async (at: Date): Promise<boolean> => {
    late.clear();
    let after: LateKey | null = null;
    for (;;) {
      const page = lateness.page(at, after, FIRST_COUNT_SLICE);
      for (const row of page) late.add(row.id);
      if (page.length < FIRST_COUNT_SLICE) return !closing.signal.aborted;
      after = page.at(-1)!;
      await new Promise((resolve) => setImmediate(resolve));
      if (closing.signal.aborted) return false;
    }
  };
  const check = async () => {
    const now = clock();
    // A clock set back (by hand, or in a test) makes the disputes late at the last check an unknown: count again.
    if (checkedAt === null || now < checkedAt) {
      touched.clear();
      if (await countLate(now)) checkedAt = now;
      return;
    }
    const candidates = new Set(lateness.fellDue(checkedAt, now));
    const seen = [...touched];
    touched.clear();
    const lateNow = new Set(lateness.lateAmong(seen, now));
    for (const id of seen) if (!lateNow.has(id)) late.delete(id);
    for (const id of lateNow) candidates.add(id);
    checkedAt = now;
    for (const id of candidates) {
      if (late.has(id)) continue;
      late.add(id);
      emitter.emit('overdue', id);
    }
  };
  let checking = false;
  const tick = () => {
    if (checking) return;
    checking = true;
    check()
      .catch((e: unknown) =>
        log.error({ ...errorFields(e), retryInMs: overdueCheckMs }, 'the check for newly overdue disputes failed; trying again'),
      )
      .finally(() => (checking = false));
  };
  // The first count starts once the server is up, not in its start-up.
  const first = setImmediate(tick);
  const timer = setInterval(tick, overdueCheckMs);
  timer.unref();

  return {
    timelineOf: (disputeId) => listen<[RecordedEvent]>(`timeline:${disputeId}`),
    received: () => listen<[string]>('received'),
    overdue: () => listen<[string]>('overdue'),
    // `on()` also listens for 'error' on the emitter's behalf: only the events asked for count.
    listening: () => emitter.eventNames().reduce((n, name) => (name === 'error' ? n : n + emitter.listenerCount(name)), 0),
    close() {
      stopListening();
      clearImmediate(first);
      clearInterval(timer);
      closing.abort();
    },
  };
}
