/** How long a long piece of work may keep the event loop before it lets other requests run (issue 11: at most ~50 ms). */
export const SLICE_MS = 10;

let lastTurn = performance.now();
let turn: Promise<void> = Promise.resolve();

/**
 * Lets the event loop turn (setImmediate: timers, sockets and other requests first) when SLICE_MS have passed since
 * this last did; otherwise resolves at once. Awaiting promises alone never lets I/O in: 200 disputes folded as they
 * stood at a past moment, each read through the synchronous SQLite store, held the loop for hundreds of ms. The
 * checks are chained, each after the work its caller did before calling again: two hundred folds started together
 * (graphql-js resolves a list's fields at once) are then measured one by one, not all at once before any of them ran.
 */
export function giveWay(): Promise<void> {
  turn = turn.then(async () => {
    if (performance.now() - lastTurn < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    lastTurn = performance.now();
  });
  return turn;
}
