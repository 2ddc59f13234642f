import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { type BenchResult, cost, percentile, throughput } from './measure.js';
import type { TimelineServers } from './timeline-servers.js';

const ROUNDS = 2;
const ROUND_SECONDS = 5;

export interface Load {
  requests: number;
  bytes: number;
  latenciesMs: number[];
}

/** One slice of load: 10 connections for `seconds`; latencies kept per response, to the microsecond. */
export async function load(url: string, { headers, body }: TimelineServers, seconds: number, into: Load) {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, method: 'POST', headers, body, connections: 10, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    run.on('response', (_client, _status, _bytes, responseTime: number) => into.latenciesMs.push(responseTime));
  });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${url}: ${result.errors} errors and ${result.non2xx} non-2xx answers under load.`);
  into.requests += result.requests.total;
  into.bytes += result.throughput.total;
}

/** 2 s of warm-up each, then the servers take turns (2 x 5 s each), so background load on the machine falls on all. */
async function loadAll(servers: TimelineServers) {
  const ours: Load = { requests: 0, bytes: 0, latenciesMs: [] };
  const raw: Load = { requests: 0, bytes: 0, latenciesMs: [] };
  const floor: Load = { requests: 0, bytes: 0, latenciesMs: [] };
  const urls = [servers.oursUrl, servers.rawUrl, servers.floorUrl];
  for (const url of urls) await load(url, servers, 2, { requests: 0, bytes: 0, latenciesMs: [] });
  for (let r = 0; r < ROUNDS; r++) {
    await load(servers.oursUrl, servers, ROUND_SECONDS, ours);
    await load(servers.rawUrl, servers, ROUND_SECONDS, raw);
    await load(servers.floorUrl, servers, ROUND_SECONDS, floor);
  }
  const summary = (l: Load) => ({
    requestsPerSecond: l.requests / (ROUNDS * ROUND_SECONDS),
    p50Ms: percentile(l.latenciesMs, 50),
    p99Ms: percentile(l.latenciesMs, 99),
    requests: l.requests,
    bytesPerResponse: Math.round(l.bytes / l.requests),
  });
  return { ours: summary(ours), raw: summary(raw), floor: summary(floor) };
}

/**
 * 4. A 50-entry timeline over HTTP through the real app (bearer token checked; GraphQL parsed, validated,
 * complexity-checked and executed; the timeline read from the read model and summarised in Polish), vs a plain
 * express route returning the same JSON. Both servers run in a worker thread, the load on this one. Beside them, the
 * floor of the required stack: the same query through express, Apollo and graphql-js with nothing else, whose ratio
 * to plain express bounds what ours can reach while it executes the query.
 */
export async function timelineHttp(): Promise<BenchResult> {
  return withTimelineServers(async (servers) => {
    const { ours, raw, floor } = await loadAll(servers);
    return {
      figures: [
        throughput('4. timeline over HTTP', 'requests/s', ours.requestsPerSecond, raw.requestsPerSecond, 0.6),
        cost('4. timeline over HTTP', 'p50 latency (ms)', ours.p50Ms, raw.p50Ms),
        // p99 at most 1.5 times plain express's.
        cost('4. timeline over HTTP', 'p99 latency (ms)', ours.p99Ms, raw.p99Ms, 1 / 1.5),
        throughput('4. timeline over HTTP', 'floor: express + Apollo alone, requests/s', floor.requestsPerSecond, raw.requestsPerSecond),
        cost('4. timeline over HTTP', 'floor: express + Apollo alone, p99 latency (ms)', floor.p99Ms, raw.p99Ms),
        throughput('4. timeline over HTTP', 'ours / floor, requests/s', ours.requestsPerSecond, floor.requestsPerSecond),
      ],
      details: {
        connections: 10,
        secondsEach: ROUNDS * ROUND_SECONDS,
        jsonBytes: servers.responseBytes,
        oursBytesPerResponse: ours.bytesPerResponse,
        rawBytesPerResponse: raw.bytesPerResponse,
        oursRequests: ours.requests,
        rawRequests: raw.requests,
        floorRequests: floor.requests,
      },
    };
  });
}

/** Starts both servers in a worker thread, runs `work` against them, and stops the worker. */
export async function withTimelineServers<T>(work: (servers: TimelineServers) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('./timeline-servers.js', import.meta.url));
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  try {
    const message = await new Promise<{ ready?: TimelineServers; failed?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!message.ready) throw new Error(`The timeline servers did not start: ${message.failed}`);
    return await work(message.ready);
  } finally {
    worker.postMessage('close');
    await exited;
  }
}
