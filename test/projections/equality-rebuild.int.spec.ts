import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectionsWithKeys } from '../support/projections-with-keys.js';
import { openReadModelDb, type ReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { equalityTables } from '../../projections/equality/equality-tables.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { ERASE, RECORD_EQUALITY, WITHDRAW_CONSENT } from '../support/equality-documents.js';
import { startTestServer, tempDataDir } from '../support/test-server.js';

const dump = (db: ReadModelDb) =>
  Object.fromEntries(equalityTables.tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));

describe('equality references in the read model', () => {
  const dataDir = tempDataDir();
  const cleanups: (() => unknown)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('follow recording, withdrawal and erasure, and a rebuild from position 0 gives the same tables', async () => {
    const server = await startTestServer({ dataDir });
    cleanups.push(() => server.close());
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await server.gql(RECEIVE, { input: complaintInput() })).data!.receiveComplaint.disputeId);
      await server.gql(RECORD_EQUALITY, { input: { disputeId: ids[i], consent: true, answers: [{ dimension: 'sex', value: 'FEMALE' }] } });
    }
    await server.gql(WITHDRAW_CONSENT, { input: { disputeId: ids[1] } });
    const subjectId = (await server.gql(`query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`, { id: ids[2] }, 'ADMIN')).data!
      .dispute.complainantSubjectId;
    expect((await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 RODO' } }, 'ADMIN')).errors).toBeUndefined();

    const incremental = openReadModelDb(join(dataDir, 'read-model.sqlite'));
    cleanups.push(() => incremental.close());
    const rows = dump(incremental).equality_records as { dispute_id: string; withdrawn_ms: number | null; sealed_answers: string | null }[];
    const byId = new Map(rows.map((r) => [r.dispute_id, r]));
    expect(byId.get(ids[0]!)).toMatchObject({ withdrawn_ms: null, sealed_answers: expect.stringMatching(/^v1\./) });
    expect(byId.get(ids[1]!)!.withdrawn_ms).toEqual(expect.any(Number));
    // The sealed text of an erased person is dropped too: unreadable already, now not even kept.
    expect(byId.get(ids[2]!)!.sealed_answers).toBeNull();
    expect(dump(incremental).subject_erasures).toHaveLength(1);

    const rebuilt = openReadModelDb(':memory:');
    cleanups.push(() => rebuilt.close());
    const events = createSqliteEventStore({ file: join(dataDir, 'events.sqlite'), codec: catalogueCodec });
    cleanups.push(() => events.close());
    const projections = projectionsWithKeys(dataDir);
    cleanups.push(() => projections.close());
    await createProjectionRunner(events, rebuilt, projections.makeProjections).rebuild();
    expect(dump(rebuilt)).toEqual(dump(incremental));
  });
});
