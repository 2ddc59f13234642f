import { afterEach, describe, expect, it, vi } from 'vitest';
import { Unavailable } from '../../services/errors.js';
import { HEAVY_AT_ONCE, HEAVY_WAIT_MS, heavyWork } from '../../services/api/heavy-work.js';

/** A piece of work that runs until `finish` is called, recording when it started. */
function held(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { finish, run: heavyWork(async () => (started.push(name), await done, name)) };
}

describe('heavy work (whole periods) runs at most HEAVY_AT_ONCE at a time in the process, the others in order', () => {
  afterEach(() => vi.useRealTimers());

  it(`given ${HEAVY_AT_ONCE} reports running, when two more are asked for, then each starts as one before it ends, first come first served`, async () => {
    const started: string[] = [];
    const works = ['styczeń', 'luty', 'marzec', 'kwiecień'].map((name) => held(started, name));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['styczeń', 'luty']);
    works[1]!.finish();
    expect(await works[1]!.run).toBe('luty');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['styczeń', 'luty', 'marzec']);
    for (const work of works) work.finish();
    expect(await Promise.all(works.map((w) => w.run))).toEqual(['styczeń', 'luty', 'marzec', 'kwiecień']);
  });

  it(`one that waits longer than ${HEAVY_WAIT_MS / 1000} s is answered UNAVAILABLE with a sentence, and the line moves on without it`, async () => {
    vi.useFakeTimers();
    const started: string[] = [];
    const running = [held(started, 'a'), held(started, 'b')];
    const late = held(started, 'c');
    const refusal = expect(late.run).rejects.toThrow(Unavailable);
    await vi.advanceTimersByTimeAsync(HEAVY_WAIT_MS + 1);
    await refusal;
    await expect(late.run).rejects.toThrow(/busy with other reports.*Try again/);
    const next = held(started, 'd');
    running[0]!.finish();
    next.finish();
    running[1]!.finish();
    expect(await next.run).toBe('d');
    expect(started).toEqual(['a', 'b', 'd']);
  });
});
