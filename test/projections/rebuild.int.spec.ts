import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectionsWithKeys } from '../support/projections-with-keys.js';
import { openReadModelDb, readModelTables, type ReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXPLAIN, RECEIVE, refusal } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { startTestServer, tempDataDir } from '../support/test-server.js';

const dump = (db: ReadModelDb) => Object.fromEntries(readModelTables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

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
      const { data } = await server.gql(RECEIVE, {
        input: complaintInput({ description: `Skarga nr ${i}: długie oczekiwanie w kolejce, źle wypełniony wniosek.` }),
      });
      const id = data!.receiveComplaint.disputeId;
      if (i % 2 === 0) await server.gql(ACKNOWLEDGE, { input: { disputeId: id } });
      if (i % 3 === 0)
        await server.gql(EXPLAIN, {
          input: { disputeId: id, channel: 'EMAIL', explanation: 'Wyjaśnienie zasad.', reasons: 'Art. 7 KPA.' },
        });
      if (i % 4 === 0) await server.gql(DECIDE, { input: refusal(id) });
      // Some complainants are erased (GDPR art. 17), one of them before their case is decided.
      if (i % 5 === 0) {
        const subjectId = (await server.gql(`query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`, { id }, 'ADMIN')).data!.dispute
          .complainantSubjectId;
        const erased = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 RODO' } }, 'ADMIN');
        expect(erased.errors, JSON.stringify(erased.errors)).toBeUndefined();
        if (i === 5) await server.gql(DECIDE, { input: refusal(id) });
      }
    }
    expect(server.services.runner.checkpoint()).toBeGreaterThan(0n);

    // The live server's read model was built incrementally, one event at a time, while commands ran.
    const incremental = openReadModelDb(join(dataDir, 'read-model.sqlite'));
    cleanups.push(() => void incremental.close());
    const rebuiltDb = openReadModelDb(':memory:');
    cleanups.push(() => void rebuiltDb.close());
    const events = createSqliteEventStore({ file: join(dataDir, 'events.sqlite'), codec: catalogueCodec });
    cleanups.push(() => events.close());
    const projections = projectionsWithKeys(dataDir);
    cleanups.push(() => projections.close());
    const runner = createProjectionRunner(events, rebuiltDb, projections.makeProjections);
    await runner.rebuild();

    expect(dump(rebuiltDb)).toEqual(dump(incremental));
    // The indexes a rebuild drops for its replay are all there again, as the queries need them.
    const indexes = (db: ReadModelDb) => db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();
    expect(indexes(rebuiltDb)).toEqual(indexes(incremental));
    expect(indexes(rebuiltDb).length).toBeGreaterThan(15);
    // The erased complainants' texts left the search index; what the index still holds matches its documents.
    expect(incremental.prepare('SELECT count(*) AS n FROM search_subjects WHERE erased = 1').get()).toEqual({ n: 3 });
    expect(
      incremental
        .prepare('SELECT count(*) AS n FROM search_documents d JOIN search_subjects s USING (dispute_id) WHERE s.erased = 1')
        .get(),
    ).toEqual({ n: 0 });
    for (const db of [incremental, rebuiltDb]) {
      db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
      // The index forgot the folded words it was given ("wypełniony" as "wypelniony"), not only the documents.
      const indexed = db.prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'wypelniony'").get();
      expect(indexed).toEqual(db.prepare("SELECT count(*) AS n FROM search_documents WHERE field = 'DESCRIPTION'").get());
      expect(indexed).toEqual({ n: 9 });
    }
    // And rebuilding again over an existing read model changes nothing.
    await runner.rebuild();
    expect(dump(rebuiltDb)).toEqual(dump(incremental));
  });
});
