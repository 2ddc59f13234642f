import { Unavailable } from '../errors.js';

/** Whole-period work (reports, the register, consistency flags) running at once in this process; the others wait in order… */
export const HEAVY_AT_ONCE = 2;
/** …at most this long, then are answered UNAVAILABLE. */
export const HEAVY_WAIT_MS = 15_000;

let running = 0;
const waiting: (() => void)[] = [];

/**
 * Runs work that reads a whole period (seconds of CPU over an office's year) when fewer than HEAVY_AT_ONCE such run,
 * else after those before it. One process has one event loop whichever app it serves, so the gate is the process's:
 * fifty clients asking for the year's report at once would otherwise share the loop with everyone else fifty ways,
 * slices or not. An ordinary request waits at most for the slices of HEAVY_AT_ONCE of them.
 */
export async function heavyWork<T>(work: () => T | Promise<T>): Promise<T> {
  if (running >= HEAVY_AT_ONCE) {
    await new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(
          new Unavailable(
            `The server is busy with other reports and exports of whole periods (${HEAVY_AT_ONCE} at a time; yours waited ${HEAVY_WAIT_MS / 1000} s). Try again in a minute.`,
          ),
        );
      }, HEAVY_WAIT_MS);
      waiting.push(turn);
    });
  } else {
    running++;
  }
  try {
    return await work();
  } finally {
    // The slot passes to the next in line, or is freed.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
