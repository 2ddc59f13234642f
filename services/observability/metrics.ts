import { statSync } from 'node:fs';
import { join } from 'node:path';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ProjectionRunner } from '../../projections/runner.js';
import type { EventStore } from '../store/event-store.js';
import { projectionLag } from './projection-lag.js';

/** What an administrator's Prometheus reads at /metrics. Every label takes a bounded set of values, never what a client wrote. */
export interface Metrics {
  registry: Registry;
  /** One answered HTTP request: its route, GraphQL operation (if any), outcome and duration. */
  request(labels: { route: string; operation: string; outcome: string }, seconds: number): void;
  /** One command (a mutation field) and how it ended. */
  command(type: string, result: CommandResult): void;
}

export type CommandResult = 'ok' | 'retried' | 'refused' | 'conflict' | 'failed';

/** The outcomes an answer may carry: ok, our error codes, graphql-js's and Apollo's; anything else is `other`. */
const outcomes = new Set([
  'ok',
  'aborted',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATED',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'CLIENT_CLOSED_REQUEST',
]);
export const outcomeLabel = (outcome: string): string =>
  outcomes.has(outcome) ? outcome : /^http [1-5]xx$/.test(outcome) ? outcome : 'other';

/** The files of a data folder whose size is reported (each with its write-ahead log). */
const storeFiles = ['events.sqlite', 'read-model.sqlite', 'subject-keys.sqlite', 'users.sqlite', 'access-log.sqlite'] as const;

export interface MetricsOptions {
  store: EventStore;
  runner: ProjectionRunner;
  /** Where each of the files above lives (the shared folder for the events and keys, the replica's for its read model). */
  dataDir: string;
  sharedDir: string;
  /** GraphQL root fields (`query dispute`, `mutation receiveComplaint`…): the only operation labels besides `none`, `multiple` and `other`. */
  knownOperations: ReadonlySet<string>;
  clock: () => Date;
  /** How many requests wait for their turn on the event loop now (services/api/turns.ts). */
  waitingForTurns: () => number;
}

export function createMetrics({ store, runner, dataDir, sharedDir, knownOperations, clock, waitingForTurns }: MetricsOptions): Metrics {
  // A registry per app, not prom-client's global one: tests run several servers in one process.
  const registry = new Registry();
  // Process figures, among them the event loop's delay (nodejs_eventloop_lag_seconds and its percentiles).
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const labelNames = ['route', 'operation', 'outcome'] as const;
  const requests = new Counter({
    name: 'dispute_ledger_requests_total',
    help: 'HTTP requests answered, by route, GraphQL operation and outcome.',
    labelNames,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'dispute_ledger_request_duration_seconds',
    help: 'Time from a request’s arrival to the end of its answer, by route, GraphQL operation and outcome.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const commands = new Counter({
    name: 'dispute_ledger_commands_total',
    help: 'Commands (mutations) by type and result: ok, retried (ok after deciding again on a concurrent write), refused (a rule, the input, a permission), conflict (a stale expectedRevision), failed.',
    labelNames: ['type', 'result'],
    registers: [registry],
  });
  new Gauge({
    name: 'dispute_ledger_projection_lag_events',
    help: 'Events recorded but not yet applied to the read models (on EventStoreDB: the difference of commit positions, an upper bound).',
    registers: [registry],
    async collect() {
      const lag = await projectionLag(store, runner, clock);
      if (lag) this.set(lag.events);
    },
  });
  new Gauge({
    name: 'dispute_ledger_projection_lag_seconds',
    help: 'How long ago the oldest event not yet applied to the read models was recorded; 0 when they are caught up.',
    registers: [registry],
    async collect() {
      const lag = await projectionLag(store, runner, clock);
      if (lag) this.set(lag.seconds);
    },
  });
  new Gauge({
    name: 'dispute_ledger_projection_skipped_unknown_events',
    help: 'Events the projections skipped because this release does not know their type or version (written by a newer one): upgrade.',
    registers: [registry],
    collect() {
      this.set(runner.skippedUnknownEvents());
    },
  });
  new Gauge({
    name: 'dispute_ledger_requests_waiting_for_turn',
    help: 'Requests waiting now for their turn on the event loop: above a few for long, the server is saturated (see which users in the request log).',
    registers: [registry],
    collect() {
      this.set(waitingForTurns());
    },
  });
  new Gauge({
    name: 'dispute_ledger_store_position',
    help: 'The event store’s head position: on SQLite the number of events recorded.',
    registers: [registry],
    async collect() {
      const head = await store.headPosition().catch(() => null);
      if (head !== null) this.set(Number(head));
    },
  });
  new Gauge({
    name: 'dispute_ledger_file_bytes',
    help: 'Size of each SQLite file of the data folders, with its write-ahead log.',
    labelNames: ['file'],
    registers: [registry],
    collect() {
      for (const file of storeFiles) {
        const folder = file === 'read-model.sqlite' ? dataDir : sharedDir;
        const bytes = [file, `${file}-wal`].reduce((sum, name) => sum + sizeOf(join(folder, name)), 0);
        this.set({ file }, bytes);
      }
    },
  });

  const operationLabel = (operation: string) =>
    operation === 'none' || operation === 'multiple' || knownOperations.has(operation) ? operation : 'other';
  return {
    registry,
    request({ route, operation, outcome }, seconds) {
      const labels = { route, operation: operationLabel(operation), outcome: outcomeLabel(outcome) };
      requests.inc(labels);
      durations.observe(labels, seconds);
    },
    command(type, result) {
      commands.inc({ type: knownOperations.has(`mutation ${type}`) ? type : 'other', result });
    },
  };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
