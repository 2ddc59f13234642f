import { parentPort, workerData } from 'node:worker_threads';
import { startOfficeServer } from './office-server.js';

/**
 * Worker thread of bench/abusive-load.ts: the office's server on its own event loop, so that the load generator on the
 * main thread measures the server, not itself. Clients are told apart by X-Forwarded-For (TRUST_PROXY=loopback), as
 * behind the office's reverse proxy, each with an address and a user of its own; the rate limits are the defaults.
 */
const office = await startOfficeServer({ disputes: (workerData as { disputes: number }).disputes, env: { TRUST_PROXY: 'loopback' } });
// Requests whose clients gave up may still be running: they finish (or time out in the gate) before the server closes.
parentPort!.once(
  'message',
  () => void new Promise((resolve) => setTimeout(resolve, 16_000)).then(office.close).then(() => parentPort!.close()),
);
parentPort!.postMessage({ base: office.base, dataDir: office.dataDir, disputeIds: office.disputeIds });
