import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProjections } from '../../projections/all-projections.js';
import { openReadModelDb, readModelTables, type ReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXPLAIN, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, tempDataDir } from '../support/test-server.js';

const dump = (db: ReadModelDb) =>
  Object.fromEntries(readModelTables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

describe('projection rebuild', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('from position 0 gives exactly the same tables as incremental processing', async () => {
    const dataDir = tempDataDir();
    const server = await startTestServer({ dataDir });
    cleanups.push(() => server.close());
    for (let i = 0; i < 12; i++) {
      const { data } = await server.gql(RECEIVE, { input: complaintInput({ description: `Skarga nr ${i}: długie oczekiwanie w kolejce, źle wypełniony wniosek.` }) });
      const id = data!.receiveComplaint.disputeId;
      if (i % 2 === 0) await server.gql(ACKNOWLEDGE, { input: { disputeId: id } });
      if (i % 3 === 0) await server.gql(EXPLAIN, { input: { disputeId: id, channel: 'EMAIL', explanation: 'Wyjaśnienie zasad.', reasons: 'Art. 7 KPA.' } });
      if (i % 4 === 0) await server.gql(DECIDE, { input: refusal(id) });
    }
    expect(server.services.runner.checkpoint()).toBeGreaterThan(0n);

    // The live server's read model was built incrementally, one event at a time, while commands ran.
    const incremental = openReadModelDb(join(dataDir, 'read-model.sqlite'));
    cleanups.push(() => void incremental.close());
    const rebuiltDb = openReadModelDb(':memory:');
    cleanups.push(() => void rebuiltDb.close());
    const events = createSqliteEventStore({ file: join(dataDir, 'events.sqlite'), codec: catalogueCodec });
    cleanups.push(() => events.close());
    const runner = createProjectionRunner(events, rebuiltDb, makeProjections);
    await runner.rebuild();

    expect(dump(rebuiltDb)).toEqual(dump(incremental));
    // And rebuilding again over an existing read model changes nothing.
    await runner.rebuild();
    expect(dump(rebuiltDb)).toEqual(dump(incremental));
  });
});
