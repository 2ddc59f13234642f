import type { Turn } from './turns.js';

/** How long a long piece of work may keep the event loop before it lets other requests run (issue 11: at most ~50 ms). */
export const SLICE_MS = 10;

/** Resolves at once while the caller's slice lasts, else after the loop has turned (its next turn). */
export type GiveWay = () => Promise<void>;

/**
 * One request's way of working in slices: a check that lets the loop turn when SLICE_MS have passed since this
 * request's slice began; otherwise it resolves at once. Awaiting promises alone never lets I/O in: 200 disputes folded
 * as they stood at a past moment, each read through the synchronous SQLite store, held the loop for hundreds of ms.
 * Over HTTP `nextTurn` is the request's next turn (services/api/turns.ts), so its later slices are charged to its user
 * and wait behind lighter users' requests, as its first did; elsewhere it is a bare setImmediate. The checks are
 * chained, each after the work its caller did before calling again: two hundred folds started together (graphql-js
 * resolves a list's fields at once) are then measured one by one, not all at once before any of them ran.
 */
export function createGiveWay(
  nextTurn: () => Promise<Turn | null> = () => new Promise((resolve) => setImmediate(() => resolve(null))),
): GiveWay {
  let sliceStarted = performance.now();
  let slice: Turn | null = null;
  let checks: Promise<void> = Promise.resolve();
  return () =>
    (checks = checks.then(async () => {
      if (performance.now() - sliceStarted < SLICE_MS) return;
      slice?.end();
      slice = await nextTurn();
      sliceStarted = performance.now();
    }));
}
