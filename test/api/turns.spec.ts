import { describe, expect, it } from 'vitest';
import { createTurns, type Turn } from '../../services/api/turns.js';

/** A clock the test moves: what each turn lasted is what the test says. */
const clock = () => {
  let t = 0;
  return { now: () => t, pass: (ms: number) => void (t += ms) };
};
const here = () => false;

/** Given: turns on the test's clock, and a user whose one turn lasted `ms`. */
async function afterAHeavyTurn(ms: number) {
  const time = clock();
  const turns = createTurns({ now: time.now });
  const first = (await turns.next({ who: 'user heavy', price: 1, gone: here }))!;
  time.pass(ms);
  first.end();
  return { time, turns };
}

describe('requests take turns on the event loop, the lightest user first (issue 11)', () => {
  it('given a user whose turns lasted 200 ms lately, when they and a newcomer both wait, then the newcomer goes first', async () => {
    const { turns } = await afterAHeavyTurn(200);

    const order: string[] = [];
    await Promise.all([
      turns.next({ who: 'user heavy', price: 1, gone: here }).then((t) => (order.push('heavy'), t!.end())),
      turns.next({ who: 'user Zofia Łęcka', price: 1, gone: here }).then((t) => (order.push('newcomer'), t!.end())),
    ]);

    expect(order).toEqual(['newcomer', 'heavy']);
  });

  it('given users with the same history, when they wait, then they are served in the order they asked', async () => {
    const turns = createTurns();
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => turns.next({ who: `user ${n}`, price: 10, gone: here }).then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('given two newcomers, when they wait, then the cheaper operation (by its estimated cost) goes first', async () => {
    const turns = createTurns();
    const order: string[] = [];
    await Promise.all([
      turns.next({ who: 'user a', price: 5000, gone: here }).then(() => order.push('report')),
      turns.next({ who: 'user b', price: 4, gone: here }).then(() => order.push('me')),
    ]);
    expect(order).toEqual(['me', 'report']);
  });

  it('given a heavy user waiting, when lighter users keep coming, then their wait ages them forward and they are served', async () => {
    const { time, turns } = await afterAHeavyTurn(20);

    let served = false;
    void turns.next({ who: 'user heavy', price: 1, gone: here }).then((t) => ((served = true), t!.end()));
    // Newcomers keep arriving while the heavy one waits, each turn taking 50 ms of the test's clock.
    for (let n = 0; n < 100 && !served; n++) {
      const turn = await turns.next({ who: `user light ${n}`, price: 1, gone: here });
      time.pass(50);
      turn!.end();
    }

    expect(served).toBe(true);
  });

  it('given a request whose client closed the connection while it waited, then it gets no turn and nothing of it runs', async () => {
    const turns = createTurns();
    let gone = false;
    const waiting = turns.next({ who: 'address 10.0.0.1', price: 1, gone: () => gone });
    gone = true;
    expect(await waiting).toBeNull();
    expect(turns.waiting).toBe(0);
  });

  it('given two requests waiting, then the event loop turns between them: a timer due meanwhile runs before the second', async () => {
    const turns = createTurns();
    const done: string[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const run = (name: string) => (turn: Turn | null) => {
      busy(5);
      done.push(name);
      turn!.end();
    };
    const a = turns.next({ who: 'user a', price: 1, gone: here }).then(run('a'));
    const b = turns.next({ who: 'user b', price: 1, gone: here }).then(run('b'));
    setTimeout(() => done.push('timer'), 1);
    await Promise.all([a, b]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done.indexOf('timer')).toBeLessThan(done.indexOf('b'));
  });
});
