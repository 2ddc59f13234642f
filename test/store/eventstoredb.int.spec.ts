import { describe, expect, it } from 'vitest';
import { createEventStoreDbEventStore } from '../../services/store/eventstoredb-event-store.js';
import { redact } from '../../services/store/eventstoredb-mapping.js';
import { contractCodec } from './contract-codec.js';
import { describeEventStoreContract } from './contract.js';

const connectionString = process.env.ESDB_CONNECTION_STRING;

if (connectionString) {
  describe(`EventStoreDB at ${redact(connectionString)}`, () => {
    it('answers a connection check (if not, every contract test below fails with Unavailable)', async () => {
      const store = createEventStoreDbEventStore({ connectionString, codec: contractCodec });
      await expect(store.checkConnection()).resolves.toBeUndefined();
      await store.close();
    });
  });
  describeEventStoreContract(`eventstoredb (${redact(connectionString)})`, (codec) =>
    createEventStoreDbEventStore({ connectionString, codec }),
  );
} else {
  describe.skip('eventstoredb: skipped: no EventStoreDB server reachable (set ESDB_CONNECTION_STRING, see docker/compose.yml)', () => {
    it('runs the EventStore contract against a real server', () => {});
  });
}
