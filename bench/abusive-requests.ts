// First, before graphql loads: run by hand too, it measures the server as it runs, in production mode.
import '../services/api/production-mode.js';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { createApp } from '../services/api/app.js';
import { createLocalAuth } from '../services/api/auth.js';
import { configFromEnv } from '../services/api/config.js';
import { tempFolder } from './measure.js';

/**
 * Issue 11, findings 1 and 4, measured (not part of `npm run bench`): how long the fragment-explosion documents take
 * to be answered and what /healthz waits meanwhile; then four unauthenticated sockets each sending 64 MB, with the
 * server's memory and /healthz. Every wait is bounded (ANSWER_MS), so code without the limits gives "no answer".
 * Run: npx tsc -p tsconfig.build.json && node dist/bench/abusive-requests.js [--twice-only]
 */
const ANSWER_MS = 15_000;
const folder = tempFolder('abusive');
const app = await createApp(configFromEnv({ DATA_DIR: folder.path, PORT: '0' }));
const server = app.app.listen(0, '127.0.0.1');
app.attach(server);
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const token = await createLocalAuth({ dataDir: folder.path }).issueToken(
  { userId: 'u-med', name: 'Zbigniew Mędrzecki', role: 'MEDIATOR' },
  { expiresIn: '1h' },
);

const timed = async (work: () => Promise<string>) => {
  const started = performance.now();
  const outcome = await work().catch((error: Error) =>
    error.name === 'TimeoutError' ? `no answer in ${ANSWER_MS / 1000} s` : error.message,
  );
  return `${outcome} after ${(performance.now() - started).toFixed(0)} ms`;
};
const healthz = () => timed(async () => `/healthz ${(await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(ANSWER_MS) })).status}`);
const explosion = (spreads: number, levels: number) =>
  `{ ...F0 } ${Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Query { ${Array(spreads)
        .fill(`...F${i + 1}`)
        .join(' ')} }`,
  ).join(' ')} fragment F${levels} on Query { __typename }`;
const send = (query: string) =>
  timed(async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(ANSWER_MS),
    });
    return `HTTP ${res.status}`;
  });

const documents = [
  ['22 fragments, each spreading the next twice', explosion(2, 21)],
  ['22 fragments, each spreading the next three times', explosion(3, 21)],
] as const;
// Code without the limits never finishes the second, and nothing else runs meanwhile: `--twice-only` measures it anyway.
for (const [name, query] of process.argv.includes('--twice-only') ? documents.slice(0, 1) : documents) {
  const answer = send(query);
  await new Promise((r) => setTimeout(r, 20));
  const health = await healthz();
  console.log(`${name} (${query.length} bytes): ${await answer}; meanwhile ${health}`);
}

const rss = () => `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`;
// Written on raw TCP: a text frame announcing 64 MB, then the bytes, from one buffer shared by the four senders.
const MESSAGE_BYTES = 64 * 2 ** 20;
const payload = Buffer.alloc(MESSAGE_BYTES, 0x78);
const header = Buffer.alloc(14);
header[0] = 0x81;
header[1] = 0x80 | 127;
header.writeBigUInt64BE(BigInt(MESSAGE_BYTES), 2);
const { port } = server.address() as AddressInfo;
const before = rss();
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const sockets = Array.from({ length: 4 }, () =>
  timed(
    () =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          const key = randomBytes(16).toString('base64');
          socket.write(
            `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
          );
          socket.once('data', () => {
            socket.write(header);
            socket.write(payload);
          });
        });
        socket.on('error', () => undefined);
        socket.once('close', () => resolve('closed by the server'));
        setTimeout(() => {
          socket.destroy();
          reject(Object.assign(new Error(), { name: 'TimeoutError' }));
        }, ANSWER_MS);
      }),
  ),
);
await new Promise((r) => setTimeout(r, 50));
const health = await healthz();
const closed = await Promise.all(sockets);
clearInterval(sampler);
console.log(
  `4 unauthenticated sockets, 64 MB each: ${closed.join('; ')}; meanwhile ${health}; process memory ${before} before, peak ${Math.round(peak / 2 ** 20)} MB`,
);
server.closeAllConnections();
server.close();
await app.close();
folder.remove();
process.exit(0);
