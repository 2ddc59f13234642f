/** Opens a subscription delivering items strictly after `fromPosition`; it must end when `signal` aborts. */
export type OpenSubscription<T> = (fromPosition: bigint, signal: AbortSignal) => AsyncIterable<T>;

export interface ResubscribeOptions<T extends { position: bigint }> {
  open: OpenSubscription<T>;
  fromPosition: bigint;
  signal?: AbortSignal;
  /** Errors for which resubscribing cannot help (e.g. refused credentials) end the iteration with that error. */
  isTransient?: (error: unknown) => boolean;
  onDrop?: (error: unknown, attempt: number, retryInMs: number) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Follows a subscription and, when it drops, opens a new one from the last delivered position, waiting longer after
 * each failure in a row (capped). Items at or before the last delivered position are skipped, so a server that
 * replays the resume position itself never causes a duplicate, and resuming from it never skips one.
 */
export async function* resubscribe<T extends { position: bigint }>({
  open,
  fromPosition,
  signal,
  isTransient = () => true,
  onDrop = () => {},
  sleep = delay,
  initialDelayMs = 100,
  maxDelayMs = 5_000,
}: ResubscribeOptions<T>): AsyncGenerator<T> {
  let last = fromPosition;
  let failures = 0;
  while (!signal?.aborted) {
    const attempt = new AbortController();
    const abortAttempt = () => attempt.abort();
    signal?.addEventListener('abort', abortAttempt, { once: true });
    let dropped: unknown = new Error('The subscription ended without an error.');
    try {
      const items = open(last, attempt.signal)[Symbol.asyncIterator]();
      for (;;) {
        const next = await untilAborted(items.next(), attempt.signal);
        if (next === undefined) return;
        if (next.done) break;
        if (next.value.position <= last) continue;
        failures = 0;
        yield next.value;
        last = next.value.position;
      }
    } catch (error) {
      if (!isTransient(error)) throw error;
      dropped = error;
    } finally {
      signal?.removeEventListener('abort', abortAttempt);
      attempt.abort();
    }
    failures += 1;
    const retryInMs = Math.min(maxDelayMs, initialDelayMs * 2 ** (failures - 1));
    onDrop(dropped, failures, retryInMs);
    await sleep(retryInMs, signal);
  }
}

/** The promise's value, or undefined as soon as the signal aborts (an idle subscription never settles by itself). */
function untilAborted<V>(promise: Promise<V>, signal: AbortSignal): Promise<V | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
