// First, before graphql loads: run by hand too, it measures the server as it runs, in production mode.
import '../services/api/production-mode.js';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { Worker } from 'node:worker_threads';
import { getIntrospectionQuery } from 'graphql';
import type { Role } from '../schema/envelope.js';
import { createLocalAuth } from '../services/api/auth.js';
import { type BenchResult, cost, percentile } from './measure.js';

/**
 * Issue 11: the office's server (a worker thread, over DISPUTES settled complaints) with 50 clients doing ordinary work
 * (a request, then a pause of 0.5–1.5 s), and /healthz asked every 100 ms from a process of its own (the generator's
 * own event loop is not the server's): first alone, then while other clients send,
 * as fast as they are answered, the abusive requests of issue 11's findings and the heaviest request each role may
 * send. Every client has its own user and address (X-Forwarded-For); every request waits at most REQUEST_TIMEOUT_MS;
 * each phase lasts PHASE_SECONDS. Loopback only.
 * Run: npx tsc -p tsconfig.build.json && node dist/bench/abusive-load.js (ORDINARY_CLIENTS=n for fewer or more clients; PHASES=alone for the first phase only)
 */
const DISPUTES = 1000;
const ORDINARY_CLIENTS = Number(process.env.ORDINARY_CLIENTS ?? 50);
const PHASE_SECONDS = 20;
const REQUEST_TIMEOUT_MS = 10_000;
const HEALTHZ_EVERY_MS = 100;
/** What a person waits for at most, nearly always (p99): an ordinary screen's request, and the load balancer's probe. */
const ORDINARY_P99_LIMIT_MS = 500;
const HEALTHZ_P99_LIMIT_MS = 100;

interface Office {
  base: string;
  dataDir: string;
  disputeIds: string[];
}

type Send = { path: string; body?: unknown; role: Role | null };

const fragmentExplosion = (spreads: number, levels: number) =>
  `{ ...F0 } ${Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Query { ${Array(spreads)
        .fill(`...F${i + 1}`)
        .join(' ')} }`,
  ).join(' ')} fragment F${levels} on Query { __typename }`;
const gql = (role: Role, query: string, variables: Record<string, unknown> = {}): Send => ({
  path: '/graphql',
  role,
  body: { query, variables },
});
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

/** What clerks and supervisors do all day: a case, a page of the list, the deadlines, a search, who am I. */
function ordinaryRequest(office: Office): Send {
  const id = pick(office.disputeIds);
  return pick([
    gql('CLERK', 'query($id: ID!) { dispute(id: $id) { status dueAt complainant { name } timeline { at kind actor { name } summary } } }', {
      id,
    }),
    gql(
      'SUPERVISOR',
      '{ disputes(first: 20) { totalCount edges { node { id status dueAt category } } pageInfo { endCursor hasNextPage } } }',
    ),
    gql('SUPERVISOR', '{ deadlines(within: 7) { dueAt daysLeft dispute { id category } } }'),
    gql('SUPERVISOR', '{ workload { byAssignee { assignee { name } open overdue } byUnit { unit open } } }'),
    gql('CLERK', '{ search(text: "zaswiadczenie", first: 20) { field snippet dispute { id } } }'),
    gql('CLERK', '{ me { userId name role } }'),
  ]);
}

/** [what, how many clients send it at once, the request]: issue 11's findings, then the heaviest each role may send. */
const abusive = (office: Office): [string, number, () => Send][] => [
  ['1. 22 fragments doubling, 21 tripling (mediator)', 2, () => gql('MEDIATOR', fragmentExplosion(pick([2, 3]), 21))],
  [
    '2. a conversation with 4000 participants (clerk)',
    1,
    () =>
      gql('CLERK', 'mutation($i: RecordConversationInput!) { recordConversation(input: $i) { revision } }', {
        i: {
          disputeId: pick(office.disputeIds),
          channel: 'PHONE',
          participants: Array.from({ length: 4000 }, (_, k) => `Uczestnik Żółkiewski ${k}`),
          concernsHeard: ['Długie oczekiwanie'],
        },
      }),
  ],
  [
    '3. overdueAsOf, 25 at once (supervisor)',
    25,
    () =>
      gql('SUPERVISOR', 'query($at: DateTime!) { overdueAsOf(at: $at, first: 200) { daysLate dispute { id } } }', {
        at: new Date(Date.UTC(2025, 0, 7) + Math.random() * 60 * 86_400_000).toISOString(),
      }),
  ],
  ['6. variables that do not fit (clerk)', 1, () => gql('CLERK', 'query($f: Int!) { disputes(first: $f) { totalCount } }', { f: 'dużo' })],
  [
    '7. the standard introspection query (clerk)',
    2,
    () =>
      gql(
        'CLERK',
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
        }),
      ),
  ],
  [
    '8. an export with a +25:00 offset (supervisor)',
    1,
    () => ({ path: `/exports/register.csv?from=${encodeURIComponent('2025-01-01T00:00:00+25:00')}&to=2026-01-01`, role: 'SUPERVISOR' }),
  ],
  [
    'equal-treatment report of a year, CSV (ombudsman)',
    2,
    () => ({ path: '/exports/equal-treatment.csv?from=2025-01-01&to=2026-01-01&dimension=channel', role: 'OMBUDSMAN' }),
  ],
  [
    'consistency flags of a year (ombudsman)',
    1,
    () =>
      gql(
        'OMBUDSMAN',
        '{ consistencyFlags(from: "2025-01-01T00:00:00+01:00", to: "2026-01-01T00:00:00+01:00") { pseudonym reason days } }',
      ),
  ],
  [
    'the register of a year, CSV (supervisor)',
    2,
    () => ({ path: '/exports/register.csv?from=2025-01-01&to=2026-01-01', role: 'SUPERVISOR' }),
  ],
  [
    'a 100-dispute page with names (supervisor)',
    2,
    () => gql('SUPERVISOR', '{ disputes(first: 100) { edges { node { id status complainant { name } category } } } }'),
  ],
];

let clientNumber = 0;
/** A client of its own: a user id, a token for each role it plays and an address. */
async function client(office: Office) {
  const n = ++clientNumber;
  const auth = createLocalAuth({ dataDir: office.dataDir });
  const tokens = new Map<Role, string>();
  const address = `10.${Math.floor(n / 250)}.${n % 250}.1`;
  return async ({ path, body, role }: Send) => {
    const headers: Record<string, string> = { 'x-forwarded-for': address, 'content-type': 'application/json' };
    if (role) {
      if (!tokens.has(role))
        tokens.set(role, await auth.issueToken({ userId: `u-${n}-${role.toLowerCase()}`, name: 'Łucja Ćwiek', role }, { expiresIn: '1h' }));
      headers.authorization = `Bearer ${tokens.get(role)}`;
    }
    const started = performance.now();
    try {
      const res = await fetch(`${office.base}${path}`, {
        method: body ? 'POST' : 'GET',
        headers,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await res.text();
      const failed = res.status >= 500 || (res.status === 200 && text.includes('"INTERNAL_SERVER_ERROR"'));
      return { ms: performance.now() - started, status: failed ? `${res.status} (internal error)` : String(res.status) };
    } catch (error) {
      return {
        ms: performance.now() - started,
        status: (error as Error).name === 'TimeoutError' ? 'no answer' : `failed (${(error as Error).message})`,
      };
    }
  };
}

/** Four unauthenticated sockets, each announcing and sending a 64 MB message (finding 4), again as soon as one is closed. */
function hugeSockets(office: Office, until: number, outcomes: Map<string, number>) {
  const { hostname, port } = new URL(office.base);
  const size = 64 * 2 ** 20;
  // One frame for every send: copying 64 MB each time would hold the generator's loop, and with it every client's clock.
  const frame = Buffer.alloc(14 + size, 0x78);
  frame[0] = 0x81;
  frame[1] = 0x80 | 127;
  frame.writeBigUInt64BE(BigInt(size), 2);
  const once = () =>
    new Promise<string>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `GET /graphql HTTP/1.1\r\nHost: ${hostname}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
        );
        socket.once('data', () => socket.write(frame));
      });
      const timer = setTimeout(() => (socket.destroy(), resolve('no answer')), REQUEST_TIMEOUT_MS);
      socket.on('error', () => undefined);
      socket.once('close', () => (clearTimeout(timer), resolve('closed by the server')));
    });
  return Promise.all(
    Array.from({ length: 4 }, async () => {
      while (Date.now() < until) {
        const outcome = await once();
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
}

interface Phase {
  ordinary: number[];
  /** The same latencies by the ordinary request's root field, to tell which of them wait. */
  ordinaryByKind: Map<string, number[]>;
  ordinaryStatuses: Map<string, number>;
  healthz: number[];
  /** The server thread's own event-loop delay (perf_hooks), ms. */
  loop: { p50: number; p99: number; max: number };
  abusive: Map<string, Map<string, number>>;
}

/** /healthz from a separate process, every HEALTHZ_EVERY_MS for `seconds`: its latencies in ms. */
function probeHealthz(base: string, seconds: number): Promise<number[]> {
  const prober = new URL('./healthz-prober.js', import.meta.url).pathname;
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [prober, base, String(seconds), String(HEALTHZ_EVERY_MS)], (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as number[]),
    ),
  );
}

async function phase(office: Office, server: Worker, withAbuse: boolean): Promise<Phase> {
  server.postMessage('phase');
  const until = Date.now() + PHASE_SECONDS * 1000;
  const result: Phase = {
    ordinary: [],
    ordinaryByKind: new Map(),
    ordinaryStatuses: new Map(),
    healthz: [],
    loop: { p50: 0, p99: 0, max: 0 },
    abusive: new Map(),
  };
  const count = (into: Map<string, number>, status: string) => into.set(status, (into.get(status) ?? 0) + 1);
  const work: Promise<unknown>[] = [];
  for (let c = 0; c < ORDINARY_CLIENTS; c++) {
    const send = await client(office);
    work.push(
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
        while (Date.now() < until) {
          const request = ordinaryRequest(office);
          const { ms, status } = await send(request);
          result.ordinary.push(ms);
          const kind = /\{\s*(\w+)/.exec((request.body as { query: string }).query)![1]!;
          if (!result.ordinaryByKind.has(kind)) result.ordinaryByKind.set(kind, []);
          result.ordinaryByKind.get(kind)!.push(ms);
          count(result.ordinaryStatuses, status);
          await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
        }
      })(),
    );
  }
  work.push(probeHealthz(office.base, PHASE_SECONDS).then((latencies) => result.healthz.push(...latencies)));
  if (withAbuse) {
    for (const [name, clients, request] of abusive(office)) {
      const outcomes = new Map<string, number>();
      result.abusive.set(name, outcomes);
      for (let c = 0; c < clients; c++) {
        const send = await client(office);
        work.push(
          (async () => {
            while (Date.now() < until) count(outcomes, (await send(request())).status);
          })(),
        );
      }
    }
    const sockets = new Map<string, number>();
    result.abusive.set('4. 64 MB WebSocket messages, 4 sockets (unauthenticated)', sockets);
    work.push(hugeSockets(office, until, sockets));
  }
  await Promise.all(work);
  result.loop = await new Promise((resolve) => {
    server.once('message', resolve);
    server.postMessage('delay');
  });
  return result;
}

const ms = (values: readonly number[], p: number) => `${percentile(values, p).toFixed(0)} ms`;
const statuses = (outcomes: Map<string, number>) => [...outcomes].map(([status, n]) => `${n}× ${status}`).join(', ');

export async function abusiveLoad(): Promise<BenchResult> {
  const worker = new Worker(new URL('./abusive-load-server.js', import.meta.url), { workerData: { disputes: DISPUTES } });
  const office = await new Promise<Office>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  try {
    const quiet = await phase(office, worker, false);
    const loud = process.env.PHASES === 'alone' ? quiet : await phase(office, worker, true);
    for (const [name, p] of [
      ['ordinary traffic alone', quiet],
      ['with the abusive traffic', loud],
    ] as const) {
      console.log(
        `\n${name}: ${p.ordinary.length} ordinary requests (${statuses(p.ordinaryStatuses)}), p50 ${ms(p.ordinary, 50)}, p99 ${ms(p.ordinary, 99)} (limit ${ORDINARY_P99_LIMIT_MS} ms);`,
      );
      console.log(
        `  /healthz: ${p.healthz.length} asked, p50 ${ms(p.healthz, 50)}, p99 ${ms(p.healthz, 99)} (limit ${HEALTHZ_P99_LIMIT_MS} ms), max ${Math.max(...p.healthz).toFixed(0)} ms`,
      );
      console.log(
        `  ordinary by kind: ${[...p.ordinaryByKind].map(([kind, values]) => `${kind} p50 ${ms(values, 50)}, p99 ${ms(values, 99)}`).join('; ')}`,
      );
      console.log(
        `  the server's event-loop delay: p50 ${p.loop.p50.toFixed(0)} ms, p99 ${p.loop.p99.toFixed(0)} ms, max ${p.loop.max.toFixed(0)} ms`,
      );
      for (const [what, outcomes] of p.abusive) console.log(`  ${what}: ${statuses(outcomes)}`);
    }
    const bench = '6. abusive load (limit as raw)';
    return {
      figures: [
        cost(bench, 'ordinary p99 ms, alone', percentile(quiet.ordinary, 99), ORDINARY_P99_LIMIT_MS),
        cost(bench, 'ordinary p99 ms, with abuse', percentile(loud.ordinary, 99), ORDINARY_P99_LIMIT_MS),
        cost(bench, '/healthz p99 ms, alone', percentile(quiet.healthz, 99), HEALTHZ_P99_LIMIT_MS),
        cost(bench, '/healthz p99 ms, with abuse', percentile(loud.healthz, 99), HEALTHZ_P99_LIMIT_MS),
        cost(bench, 'server loop delay p99 ms, with abuse', loud.loop.p99, HEALTHZ_P99_LIMIT_MS),
      ],
      details: {
        disputes: DISPUTES,
        ordinaryClients: ORDINARY_CLIENTS,
        phaseSeconds: PHASE_SECONDS,
        'alone: server event-loop delay ms': quiet.loop,
        'with abuse: server event-loop delay ms': loud.loop,
        'alone: ordinary answers': Object.fromEntries(quiet.ordinaryStatuses),
        'with abuse: ordinary answers': Object.fromEntries(loud.ordinaryStatuses),
        ...Object.fromEntries([...loud.abusive].map(([name, outcomes]) => [`with abuse: ${name}`, Object.fromEntries(outcomes)])),
      },
    };
  } finally {
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { figures } = await abusiveLoad();
  const { machine, table } = await import('./measure.js');
  const about = machine();
  console.log(`\n${about.cpu}, ${about.cores} cores, ${about.memoryGiB} GiB, ${about.os}, Node ${about.node}, ${about.date}\n`);
  console.log(table(figures));
  process.exit(0);
}
