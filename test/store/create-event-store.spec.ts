import { describe, expect, it } from 'vitest';
import { Unavailable } from '../../services/errors.js';
import { createEventStore, eventStoreConfigFromEnv } from '../../services/store/create-event-store.js';
import { caseOpened, contractCodec, newStream } from './contract-codec.js';

describe('event store configuration from the environment', () => {
  it('given no EVENT_STORE, then the embedded SQLite file in the data folder', () => {
    expect(eventStoreConfigFromEnv({}, '/data')).toEqual({ kind: 'sqlite', file: '/data/events.sqlite' });
    expect(eventStoreConfigFromEnv({ EVENT_STORE: '' }, '/data')).toEqual({ kind: 'sqlite', file: '/data/events.sqlite' });
  });

  it('given EVENT_STORE=eventstoredb and a connection string, then EventStoreDB with that string', () => {
    const env = { EVENT_STORE: 'eventstoredb', ESDB_CONNECTION_STRING: 'esdb+discover://es1:2113?tlsCAFile=/certs/ca/ca.crt' };
    expect(eventStoreConfigFromEnv(env, '/data')).toEqual({ kind: 'eventstoredb', connectionString: env.ESDB_CONNECTION_STRING });
  });

  it('given EVENT_STORE=eventstoredb without a connection string, then the error names the missing variable', () => {
    expect(() => eventStoreConfigFromEnv({ EVENT_STORE: 'eventstoredb' }, '/data')).toThrow(/needs ESDB_CONNECTION_STRING/);
    expect(() => eventStoreConfigFromEnv({ EVENT_STORE: 'eventstoredb', ESDB_CONNECTION_STRING: ' ' }, '/data')).toThrow(
      /needs ESDB_CONNECTION_STRING/,
    );
  });

  it('given a connection string that is not esdb://, then the error says which schemes work', () => {
    expect(() => eventStoreConfigFromEnv({ EVENT_STORE: 'eventstoredb', ESDB_CONNECTION_STRING: 'http://es:2113' }, '/data')).toThrow(
      /esdb:\/\/.*esdb\+discover:\/\//,
    );
  });

  it('given an unknown EVENT_STORE, then the error lists the choices', () => {
    expect(() => eventStoreConfigFromEnv({ EVENT_STORE: 'postgres' }, '/data')).toThrow(
      /EVENT_STORE must be sqlite or eventstoredb, not "postgres"/,
    );
  });
});

describe('createEventStore', () => {
  it('given a SQLite config, then a working store whose connection check passes', async () => {
    const store = await createEventStore({ kind: 'sqlite', file: ':memory:' }, contractCodec);
    const stream = newStream();
    await store.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
    expect(await store.readStream(stream)).toHaveLength(1);
    await expect(store.checkConnection()).resolves.toBeUndefined();
    await store.close();
  });

  it('given an EventStoreDB config with no server, then the connection check reports Unavailable', async () => {
    const store = await createEventStore({ kind: 'eventstoredb', connectionString: 'esdb://127.0.0.1:1?tls=false' }, contractCodec);
    await expect(store.checkConnection()).rejects.toBeInstanceOf(Unavailable);
    await store.close();
  });
});
