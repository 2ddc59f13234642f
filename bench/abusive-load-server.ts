import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { startOfficeServer } from './office-server.js';

/**
 * Worker thread of bench/abusive-load.ts: the office's server on its own event loop, so that the load generator on the
 * main thread measures the server, not itself. Clients are told apart by X-Forwarded-For (TRUST_PROXY=loopback), as
 * behind the office's reverse proxy, each with an address and a user of its own; the rate limits are the defaults.
 * It measures its own event loop's delay (perf_hooks, 10 ms resolution) for each phase: 'phase' resets the histogram,
 * 'delay' answers its percentiles in ms.
 */
const office = await startOfficeServer({ disputes: (workerData as { disputes: number }).disputes, env: { TRUST_PROXY: 'loopback' } });
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
parentPort!.on('message', (message: 'phase' | 'delay' | 'stop') => {
  if (message === 'phase') delay.reset();
  else if (message === 'delay') {
    const ms = (ns: number) => ns / 1e6;
    parentPort!.postMessage({ p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) });
  }
  // Requests whose clients gave up may still be running: they finish (or time out in the gate) before the server closes.
  else void new Promise((resolve) => setTimeout(resolve, 16_000)).then(office.close).then(() => parentPort!.close());
});
parentPort!.postMessage({ base: office.base, dataDir: office.dataDir, disputeIds: office.disputeIds });
