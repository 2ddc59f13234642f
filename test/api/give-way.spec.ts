import { describe, expect, it } from 'vitest';
import { createGiveWay } from '../../services/api/give-way.js';

/** Keeps the thread busy for `ms`, as a fold of one dispute's events does. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('work in slices lets the event loop turn (issue 11)', () => {
  it(`given 200 folds of 1 ms started together (a list's fields), each giving way first, then a timer due meanwhile runs before the last fold, not after all ${200} ms`, async () => {
    const done: string[] = [];
    setTimeout(() => done.push('timer'), 0);
    const giveWay = createGiveWay();
    await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        await giveWay();
        busy(1);
        done.push(`fold ${n}`);
      }),
    );
    expect(done).toHaveLength(201);
    expect(done.indexOf('timer')).toBeLessThan(200);
  });
});
