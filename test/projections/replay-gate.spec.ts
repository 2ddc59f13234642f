import { describe, expect, it } from 'vitest';
import { createReplayGate } from '../../projections/supervision/replay-gate.js';
import { Unavailable } from '../../services/errors.js';

/** A replay that runs until its test lets it finish. */
function heldReplay(log: string[], name: string) {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      log.push(`${name} starts`);
      await finished;
      log.push(`${name} ends`);
      return name;
    },
    finish: () => finish(),
  };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the replay gate: at most a few whole-log replays at once, the others wait their turn for a bounded time', () => {
  it('given one replay at a time, a second starts only when the first has ended, in the order asked', async () => {
    const log: string[] = [];
    const gate = createReplayGate({ atOnce: 1, waitMs: 10_000 });
    const [a, b, c] = ['A', 'B', 'C'].map((name) => heldReplay(log, name));
    const answers = [gate(a!.work), gate(b!.work), gate(c!.work)];
    await tick();
    expect(log).toEqual(['A starts']);
    a!.finish();
    await tick();
    expect(log).toEqual(['A starts', 'A ends', 'B starts']);
    b!.finish();
    c!.finish();
    expect(await Promise.all(answers)).toEqual(['A', 'B', 'C']);
    expect(log).toEqual(['A starts', 'A ends', 'B starts', 'B ends', 'C starts', 'C ends']);
  });

  it('given two at a time, two run together', async () => {
    const log: string[] = [];
    const gate = createReplayGate({ atOnce: 2, waitMs: 10_000 });
    const [a, b, c] = ['A', 'B', 'C'].map((name) => heldReplay(log, name));
    const answers = [gate(a!.work), gate(b!.work), gate(c!.work)];
    await tick();
    expect(log).toEqual(['A starts', 'B starts']);
    [a, b, c].forEach((r) => r!.finish());
    await Promise.all(answers);
  });

  it('when a replay waits longer than allowed, it is refused UNAVAILABLE with a sentence, and the queue goes on', async () => {
    const log: string[] = [];
    const gate = createReplayGate({ atOnce: 1, waitMs: 20 });
    const [a, b] = ['A', 'B'].map((name) => heldReplay(log, name));
    const first = gate(a!.work);
    const refused = await gate(b!.work).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Unavailable);
    expect((refused as Unavailable).message).toMatch(/busy answering other questions about past moments \(at most 1 at a time\): ask again in a few seconds/);
    a!.finish();
    expect(await first).toBe('A');
    expect(await gate(async () => 'next')).toBe('next');
    expect(log).toEqual(['A starts', 'A ends']);
  });

  it('a replay that fails gives its place to the next', async () => {
    const gate = createReplayGate({ atOnce: 1, waitMs: 10_000 });
    const failing = gate(async () => {
      throw new Error('the store went away');
    });
    const next = gate(async () => 'answered');
    await expect(failing).rejects.toThrow('the store went away');
    expect(await next).toBe('answered');
  });
});
