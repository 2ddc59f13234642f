import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from '../services/api/app.js';
import { createLocalAuth } from '../services/api/auth.js';
import { configFromEnv } from '../services/api/config.js';
import { clerk, inputFor, openCase, receiptInput } from './complaint-script.js';
import { percentile, tempFolder } from './measure.js';

/**
 * Issue 11, finding 3, measured (not part of `npm run bench`): the real app with about 440 events, then one
 * `overdueAsOf`, 25 at once at different moments while /healthz is asked every 50 ms, and 25 at once at one moment.
 * Run: npx tsc -p tsconfig.build.json && node dist/bench/past-moment.js
 */
const DISPUTES = 40;
const STEPS = 10;
const CONCURRENT = 25;

const folder = tempFolder('past-moment');
const app = await createApp(configFromEnv({ DATA_DIR: folder.path, PORT: '0' }));
let position = 0n;
for (let n = 0; n < DISPUTES; n++) {
  const { disputeId } = await app.services.complaints.execute('receiveComplaint', receiptInput(n), clerk);
  for (const command of openCase(n, STEPS))
    ({ position } = await app.services.complaints.execute(command.type, inputFor(disputeId, command), clerk));
}
await app.services.runner.waitFor(position, 10_000);
const server = app.app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const headers = {
  'content-type': 'application/json',
  authorization: `Bearer ${await createLocalAuth({ dataDir: folder.path }).issueToken({ userId: 'u-ewa', name: 'Ewa Wójcik', role: 'SUPERVISOR' }, { expiresIn: '1h' })}`,
};
const ask = async (at: string) => {
  const started = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: `query($at: DateTime!) { overdueAsOf(at: $at, first: 1) { daysLate } }`, variables: { at } }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
};
const moment = (i: number) => new Date(Date.now() - i * 3_600_000).toISOString();

const single: number[] = [];
for (let i = 0; i < 5; i++) single.push((await ask(moment(1000 + i))).ms);

const health: number[] = [];
let asking = true;
const poll = (async () => {
  while (asking) {
    const started = performance.now();
    await fetch(`${base}/healthz`);
    health.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  }
})();
const started = performance.now();
const answers = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => ask(moment(i))));
const allMs = performance.now() - started;
asking = false;
await poll;

const sameStarted = performance.now();
const same = await Promise.all(Array.from({ length: CONCURRENT }, () => ask(moment(2000))));
const sameMs = performance.now() - sameStarted;

const events = app.services.runner.checkpoint().toString();
const codes = answers.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.code]: (acc[a.code] ?? 0) + 1 }), {});
console.log(`events: ${events}`);
console.log(`one overdueAsOf: median ${percentile(single, 50).toFixed(0)} ms (of ${single.length})`);
console.log(
  `${CONCURRENT} at once: all answered in ${allMs.toFixed(0)} ms; answers ${JSON.stringify(codes)}; slowest ${Math.max(...answers.map((a) => a.ms)).toFixed(0)} ms`,
);
console.log(
  `${CONCURRENT} at once at the same moment: all answered in ${sameMs.toFixed(0)} ms; slowest ${Math.max(...same.map((a) => a.ms)).toFixed(0)} ms`,
);
console.log(
  `/healthz meanwhile: ${health.length} asked, p50 ${percentile(health, 50).toFixed(0)} ms, max ${Math.max(...health).toFixed(0)} ms`,
);
server.close();
await app.close();
folder.remove();
