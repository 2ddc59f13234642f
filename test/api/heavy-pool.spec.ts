import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, Unavailable } from '../../services/errors.js';
import { createHeavyWork, HEAVY_QUEUE, type HeavyWork } from '../../services/api/heavy/pool.js';
import type { WorkerSetup } from '../../services/api/heavy/worker.js';

const setup: WorkerSetup = {
  readModelFile: 'nieużywany',
  eventStore: { kind: 'sqlite', file: 'nieużywany' },
  subjectKeysFile: 'nieużywany',
  sharedDir: 'nieużywany',
  minimumGroupSize: 10,
};

/**
 * A worker thread scripted the way the real one answers (one message per job: a result or a passed error), so the
 * pool's order, bounds and failures can be driven: `args.ms` is how long the job takes, `args.fail` how it fails.
 */
const scripted = () =>
  new Worker(
    `const { parentPort, threadId } = require('node:worker_threads');
     parentPort.on('message', ({ kind, args }) => setTimeout(() => {
       if (args.fail === 'exit') process.exit(3);
       if (args.fail === 'rule') parentPort.postMessage({ error: { name: 'BadInput', code: 'BAD_USER_INPUT', message: 'Okres zbyt długi: wybierz kwartał.', details: { fields: [{ path: 'to', message: 'period too long' }] } } });
       else parentPort.postMessage({ result: { kind, name: args.name, threadId } });
     }, args.ms ?? 0));`,
    { eval: true },
  );

describe('the pool of worker threads for whole-period work', () => {
  let pool: HeavyWork;
  afterEach(() => pool.close());

  const job = (args: { name?: string; ms?: number; fail?: string }) =>
    pool.run('register', args as never) as unknown as Promise<{ name: string; threadId: number }>;

  it('given one thread, when three jobs are sent at once, then they run one after another in the order sent, on that thread', async () => {
    pool = createHeavyWork(setup, 1, scripted);
    expect(pool.started()).toBe(0);
    const finished: string[] = [];
    const answers = await Promise.all(
      ['styczeń', 'luty', 'marzec'].map((name) => job({ name, ms: 30 }).then((a) => (finished.push(a.name), a))),
    );
    expect(finished).toEqual(['styczeń', 'luty', 'marzec']);
    expect(new Set(answers.map((a) => a.threadId)).size).toBe(1);
    expect(pool.started()).toBe(1);
  });

  it(`given ${HEAVY_QUEUE} jobs waiting behind a running one, one more is refused at once with UNAVAILABLE and a sentence`, async () => {
    pool = createHeavyWork(setup, 1, scripted);
    const held = [job({ name: 'długi', ms: 60_000 }), ...Array.from({ length: HEAVY_QUEUE }, () => job({ name: 'czeka' }))];
    for (const j of held) j.catch(() => undefined);
    await expect(job({ name: 'nadmiarowy' })).rejects.toThrow(Unavailable);
    await expect(job({ name: 'nadmiarowy' })).rejects.toThrow(/busy with other reports.*Try again/);
  });

  it('our error from a job keeps its code, sentence and details; a thread that stops fails its job alone and is replaced', async () => {
    pool = createHeavyWork(setup, 1, scripted);
    const refused = await job({ fail: 'rule' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Okres zbyt długi: wybierz kwartał.',
      details: { fields: [{ path: 'to' }] },
    });

    const first = await job({ name: 'przed' });
    await expect(job({ fail: 'exit' })).rejects.toThrow(/worker thread stopped/);
    const after = await job({ name: 'po' });
    expect(after.name).toBe('po');
    expect(after.threadId).not.toBe(first.threadId);
  });
});
