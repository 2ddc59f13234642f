import type { EventStore } from '../store/event-store.js';

/** How long a long piece of work may keep the event loop before it lets other requests run (issue 11: at most ~50 ms). */
export const SLICE_MS = 10;

let lastTurn = performance.now();
let turn: Promise<void> = Promise.resolve();

/**
 * Lets the event loop turn (setImmediate: timers, sockets and other requests first) when SLICE_MS have passed since
 * this last did; otherwise resolves at once. Awaiting promises alone never lets I/O in: a report reading 2000 streams
 * through a synchronous store held the loop for seconds. The checks are chained, each after the work its caller did
 * before calling again: sixteen reads started together (Promise.all) are then measured one by one, not all at once
 * before any of them ran.
 */
export function giveWay(): Promise<void> {
  turn = turn.then(async () => {
    if (performance.now() - lastTurn < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    lastTurn = performance.now();
  });
  return turn;
}

/** The store, whose stream reads give way first: for work that reads many streams in a row (reports). */
export const readingInSlices = (store: EventStore): EventStore => ({
  ...store,
  readStream: async (stream, options) => {
    await giveWay();
    return store.readStream(stream, options);
  },
});
