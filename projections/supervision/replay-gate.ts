import { Unavailable } from '../../services/errors.js';

export interface ReplayGateOptions {
  /** How many whole-log replays may run at once (PAST_REPLAYS_AT_ONCE). */
  atOnce: number;
  /** How long a replay may wait for its turn before the client is told to ask again (PAST_REPLAY_WAIT_MS). */
  waitMs: number;
}

/**
 * Lets at most `atOnce` replays of the event log run together, the others waiting their turn in order: 25 questions
 * about the past at once would otherwise each take their share of one event loop, and every other request with them.
 * A question that waits longer than `waitMs` is answered UNAVAILABLE with a sentence, instead of holding its client.
 */
export function createReplayGate({ atOnce, waitMs }: ReplayGateOptions) {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished replay hands its place to the first waiting one, so none can overtake the queue.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  const turn = () =>
    new Promise<void>((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(go), 1);
        reject(new Unavailable(`The server is busy answering other questions about past moments (at most ${atOnce} at a time): ask again in a few seconds.`));
      }, waitMs);
      waiting.push(go);
    });

  return async function replay<T>(work: () => Promise<T>): Promise<T> {
    if (running < atOnce) running++;
    else await turn();
    try {
      return await work();
    } finally {
      release();
    }
  };
}
