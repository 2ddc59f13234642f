import { join } from 'node:path';
import type { EventCodec } from '../../schema/envelope.js';
import { z } from 'zod';
import type { EventStore } from './event-store.js';
import { createSqliteEventStore } from './sqlite-event-store.js';

export type EventStoreConfig = { kind: 'sqlite'; file: string } | { kind: 'eventstoredb'; connectionString: string };

export interface ConfiguredEventStore extends EventStore {
  /** For health checks: resolves when the store answers, throws Unavailable (EventStoreDB) otherwise. */
  checkConnection(): Promise<void>;
}

/** The EventStoreDB client (gRPC, hundreds of modules) is loaded only when that store is configured: not in every start. */
export async function createEventStore(config: EventStoreConfig, codec: EventCodec): Promise<ConfiguredEventStore> {
  switch (config.kind) {
    case 'sqlite': {
      const store = createSqliteEventStore({ file: config.file, codec });
      return {
        ...store,
        async checkConnection() {
          await store.headPosition();
        },
      };
    }
    case 'eventstoredb': {
      const { createEventStoreDbEventStore } = await import('./eventstoredb-event-store.js');
      return createEventStoreDbEventStore({ connectionString: config.connectionString, codec });
    }
  }
}

const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const EnvSchema = z.discriminatedUnion('EVENT_STORE', [
  z.object({ EVENT_STORE: z.literal('sqlite') }),
  z.object({
    EVENT_STORE: z.literal('eventstoredb'),
    ESDB_CONNECTION_STRING: z.preprocess(
      blankAsMissing,
      z
        .string({
          error: 'EVENT_STORE=eventstoredb needs ESDB_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false (see docs/deploy.md)',
        })
        .regex(/^esdb(\+discover)?:\/\//, 'ESDB_CONNECTION_STRING must start with esdb:// (one node) or esdb+discover:// (a cluster)'),
    ),
  }),
]);

/** EVENT_STORE=sqlite (the default: a file in the data folder) or eventstoredb (with ESDB_CONNECTION_STRING). */
export function eventStoreConfigFromEnv(env: Record<string, string | undefined>, dataDir: string): EventStoreConfig {
  const parsed = EnvSchema.safeParse({ ...env, EVENT_STORE: blankAsMissing(env.EVENT_STORE) ?? 'sqlite' });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === 'invalid_union' ? `EVENT_STORE must be sqlite or eventstoredb, not "${env.EVENT_STORE}"` : issue.message,
    );
    throw new Error(`Invalid event store configuration: ${problems.join('; ')}.`);
  }
  return parsed.data.EVENT_STORE === 'sqlite'
    ? { kind: 'sqlite', file: join(dataDir, 'events.sqlite') }
    : { kind: 'eventstoredb', connectionString: parsed.data.ESDB_CONNECTION_STRING };
}
