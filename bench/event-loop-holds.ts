// First, before graphql loads: run by hand too, it measures the server as it runs, in production mode.
import '../services/api/production-mode.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getIntrospectionQuery } from 'graphql';
import type { Role } from '../schema/envelope.js';
import { percentile } from './measure.js';
import { startOfficeServer } from './office-server.js';

/**
 * Issue 11: how long one request holds the event loop, for each of the heaviest requests a role may send, over an
 * office's year (DISPUTES settled complaints). Each request is sent ROUNDS times, one at a time; the figure is the
 * longest event-loop delay seen meanwhile (perf_hooks.monitorEventLoopDelay, 1 ms resolution), beside the answer's
 * time. The client shares the process, so its parsing of the answer counts too (small beside the server's work).
 * Run: npx tsc -p tsconfig.build.json && node dist/bench/event-loop-holds.js [disputes]
 */
const DISPUTES = Number(process.argv[2] ?? 2000);
const ROUNDS = 5;
const HOLD_LIMIT_MS = 50;

const office = await startOfficeServer({ disputes: DISPUTES });
const tokens = Object.fromEntries(
  await Promise.all((['SUPERVISOR', 'OMBUDSMAN', 'CLERK'] as Role[]).map(async (role) => [role, await office.token(role)])),
);
const someDispute = office.disputeIds[0]!;

interface Probe {
  name: string;
  role: Role;
  path?: string;
  query?: string;
  variables?: Record<string, unknown>;
  /** The request is one the server must refuse: its error is the expected answer, not a fault to print. */
  refused?: true;
}
const probes: Probe[] = [
  {
    name: 'equalTreatmentReport, a month',
    role: 'OMBUDSMAN',
    query:
      '{ equalTreatmentReport(from: "2025-01-01T00:00:00+01:00", to: "2025-02-01T00:00:00+01:00", dimension: "channel") { groups { group count upheldRate } } }',
  },
  {
    name: 'equalTreatmentReport, a year',
    role: 'OMBUDSMAN',
    query:
      '{ equalTreatmentReport(from: "2025-01-01T00:00:00+01:00", to: "2026-01-01T00:00:00+01:00", dimension: "channel") { groups { group count upheldRate } } }',
  },
  {
    name: 'equal-treatment CSV, a year',
    role: 'OMBUDSMAN',
    path: '/exports/equal-treatment.csv?from=2025-01-01&to=2026-01-01&dimension=channel',
  },
  {
    name: 'equal-treatment printable page, a year',
    role: 'OMBUDSMAN',
    path: '/exports/equal-treatment.html?from=2025-01-01&to=2026-01-01&dimension=channel',
  },
  {
    name: 'consistencyFlags, a year',
    role: 'OMBUDSMAN',
    query: '{ consistencyFlags(from: "2025-01-01T00:00:00+01:00", to: "2026-01-01T00:00:00+01:00") { pseudonym reason days } }',
  },
  { name: 'register CSV, a year', role: 'SUPERVISOR', path: '/exports/register.csv?from=2025-01-01&to=2026-01-01' },
  {
    name: 'register query, a year',
    role: 'SUPERVISOR',
    query:
      '{ register(from: "2025-01-01T00:00:00+01:00", to: "2026-01-01T00:00:00+01:00") { number receivedAt complainant category handledBy settlement settledAt } }',
  },
  {
    name: 'standard introspection query',
    role: 'CLERK',
    query: getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    }),
  },
  {
    name: 'disputes, 100 a page',
    role: 'SUPERVISOR',
    query: '{ disputes(first: 100) { totalCount edges { node { id status category complainant { name } } } } }',
  },
  { name: 'search, 50 hits', role: 'SUPERVISOR', query: '{ search(text: "zaswiadczenie", first: 50) { field snippet dispute { id } } }' },
  {
    name: 'a case with its timeline (clerk)',
    role: 'CLERK',
    query: `{ dispute(id: "${someDispute}") { status dueAt complainant { name } timeline { at kind actor { name } summary } } }`,
  },
  { name: 'deadlines', role: 'SUPERVISOR', query: '{ deadlines(within: 7) { dueAt daysLeft dispute { id category } } }' },
  {
    name: 'disputes, 20 a page',
    role: 'SUPERVISOR',
    query: '{ disputes(first: 20) { totalCount edges { node { id status dueAt category } } } }',
  },
  { name: 'workload', role: 'SUPERVISOR', query: '{ workload { byAssignee { assignee { name } open overdue } byUnit { unit open } } }' },
  {
    name: 'dispute as it stood (asOf)',
    role: 'SUPERVISOR',
    query: `{ dispute(id: "${someDispute}", asOf: "2025-01-08T00:00:00+01:00") { status timeline { at kind summary } } }`,
  },
  {
    name: 'dispute pseudonymised (ombudsman)',
    role: 'OMBUDSMAN',
    query: `{ dispute(id: "${someDispute}") { complainantPseudonym timeline { at kind summary } } }`,
  },
  {
    name: 'overdueAsOf, 200 rows',
    role: 'SUPERVISOR',
    query: '{ overdueAsOf(at: "2025-02-01T00:00:00+01:00", first: 200) { daysLate dispute { id } } }',
  },
  { name: 'workloadAsOf', role: 'SUPERVISOR', query: '{ workloadAsOf(at: "2025-06-01T00:00:00+02:00") { byAssignee { open } } }' },
  {
    name: 'a conversation of 4000 participants (refused: 50 at most)',
    role: 'CLERK',
    refused: true,
    query: 'mutation($i: RecordConversationInput!) { recordConversation(input: $i) { revision } }',
    variables: {
      i: {
        disputeId: office.disputeIds[1],
        channel: 'PHONE',
        participants: Array.from({ length: 4000 }, (_, k) => `Uczestnik Żółkiewski ${k}`),
        concernsHeard: ['Długie oczekiwanie'],
      },
    },
  },
];

const only = process.argv[3];
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
console.log(
  `Issue 11: the longest event-loop hold per request, ${DISPUTES} settled complaints (${DISPUTES * 10} events), ${ROUNDS} rounds each; limit ${HOLD_LIMIT_MS} ms`,
);
for (const probe of probes.filter((p) => !only || p.name.includes(only))) {
  const holds: number[] = [];
  const times: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    delay.reset();
    const started = performance.now();
    const headers = { authorization: `Bearer ${tokens[probe.role]}`, 'content-type': 'application/json' };
    const res = probe.path
      ? await fetch(`${office.base}${probe.path}`, { headers })
      : await fetch(`${office.base}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: probe.query, variables: probe.variables }),
        });
    const body = await res.text();
    times.push(performance.now() - started);
    holds.push(delay.max / 1e6);
    status = res.status;
    bytes = body.length;
    if (!probe.refused && (res.status !== 200 || body.includes('"errors"')))
      console.log(`  ${probe.name}: HTTP ${res.status} ${body.slice(0, 200)}`);
  }
  const worst = Math.max(...holds);
  console.log(
    `${worst > HOLD_LIMIT_MS ? '!!' : 'ok'} ${probe.name.padEnd(40)} hold max ${worst.toFixed(0).padStart(5)} ms (median ${percentile(holds, 50).toFixed(0)}), answer median ${percentile(times, 50).toFixed(0)} ms, HTTP ${status}, ${bytes} bytes`,
  );
}
await office.close();
process.exit(0);
