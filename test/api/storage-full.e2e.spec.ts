import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { openSqliteDatabase } from '../../services/store/open-sqlite-database.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, tempDataDir, type TestServer } from '../support/test-server.js';

const DISPUTES = `{ disputes(first: 100) { edges { node { id complainant { name } } } } }`;

/**
 * Makes `file` read-only for this process: a mode as an ordinary user; as root, whom modes do not stop, the
 * immutable attribute. Returns the way back, or null where neither can be done here.
 */
function makeReadOnly(file: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    return () => chmodSync(file, 0o600);
  }
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', file]);
  } catch {
    return null;
  }
}
const probe = join(tempDataDir(), 'probe');
writeFileSync(probe, '');
const undo = makeReadOnly(probe);
undo?.();

describe('a command the storage cannot write is UNAVAILABLE, nothing unwritten is acknowledged, and reads go on', () => {
  const running: TestServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });

  it('the events database full (max_page_count): UNAVAILABLE with a sentence, the acknowledged complaints all there, the same command accepted once there is room', async () => {
    // Given a server whose events database may not grow past its present size, and one complaint in it
    const dataDir = tempDataDir();
    const database = openSqliteDatabase(join(dataDir, 'events.sqlite'));
    const store = createSqliteEventStore({ database, codec: catalogueCodec });
    const server = await startTestServer({
      dataDir,
      eventStore: { ...store, checkConnection: async () => void (await store.headPosition()) },
    });
    running.push(server);
    const receive = (n: number) =>
      server.gql(RECEIVE, {
        input: {
          ...complaintInput({
            complainant: { name: `Józef Gęślą ${n}`, email: `j${n}@example.pl` },
            description: `Skarga nr ${n}: źle obliczony podatek od nieruchomości, długie oczekiwanie.`,
          }),
          commandId: `skarga-${n}`,
        },
      });
    const first = await receive(0);
    expect(first.errors).toBeUndefined();
    database.pragma(`max_page_count = ${database.pragma('page_count', { simple: true })}`);

    // When complaints keep arriving until the file is full
    const acknowledged = [first.data!.receiveComplaint.disputeId as string];
    let refused: Awaited<ReturnType<typeof receive>> | null = null;
    let n = 1;
    for (; n < 200 && refused === null; n++) {
      const res = await receive(n);
      if (res.errors) refused = res;
      else acknowledged.push(res.data!.receiveComplaint.disputeId);
    }

    // Then the one that could not be written is UNAVAILABLE, saying why and that nothing was recorded
    expect(refused, 'the database never filled up').not.toBeNull();
    expect(refused!.data?.receiveComplaint ?? null).toBeNull();
    expect(refused!.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^The server could not write the command's events to the event store: the disk \(or the database's size limit\) is full\. Nothing was recorded\./,
        ),
        extensions: { code: 'UNAVAILABLE' },
      }),
    ]);
    // and the administrator's log says which file refused and SQLite's code, with the request's id, none of the complaint
    const storageLines = server.logs.entries().filter((e) => e.msg === 'storage refused a write: nothing was recorded');
    expect(storageLines).toEqual([
      expect.objectContaining({
        level: 50,
        requestId: expect.any(String),
        storage: {
          what: "the command's events to the event store",
          code: 'SQLITE_FULL',
          problem: "the disk (or the database's size limit) is full",
        },
      }),
    ]);
    expect(server.logs.text()).not.toContain('Gęślą');
    // and reads go on, showing exactly the complaints that were acknowledged
    const listed = await server.gql(DISPUTES, {}, 'SUPERVISOR');
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.disputes.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...acknowledged].sort());
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // When there is room again, Then the same command (same commandId) is accepted, once
    database.pragma('max_page_count = 1073741823');
    const retried = await receive(n - 1);
    expect(retried.errors).toBeUndefined();
    const after = await server.gql(DISPUTES, {}, 'SUPERVISOR');
    expect(after.data!.disputes.edges).toHaveLength(acknowledged.length + 1);
  });

  it.skipIf(undo === null)(
    'the events file read-only: a server on it answers reads, and each command is UNAVAILABLE with nothing written',
    async () => {
      // Given a data folder with a complaint whose events file has become read-only
      const dataDir = tempDataDir();
      const before = await startTestServer({ dataDir });
      const received = await before.gql(RECEIVE, {
        input: complaintInput({ complainant: { name: 'Agnieszka Źrebięcka', address: 'ul. Słoneczna 1, 00-950 Warszawa' } }),
      });
      expect(received.errors).toBeUndefined();
      await before.close();
      const restore = makeReadOnly(join(dataDir, 'events.sqlite'))!;
      try {
        // When the server starts on it
        const server = await startTestServer({ dataDir });
        running.push(server);

        // Then it reads as before
        const listed = await server.gql(DISPUTES, {}, 'SUPERVISOR');
        expect(listed.errors).toBeUndefined();
        expect(listed.data!.disputes.edges.map((e: { node: { complainant: { name: string } } }) => e.node.complainant.name)).toEqual([
          'Agnieszka Źrebięcka',
        ]);
        // and a command is UNAVAILABLE, saying the file is read-only, and leaves nothing behind
        const refused = await server.gql(RECEIVE, { input: complaintInput() });
        expect(refused.errors).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(
              /^The server could not write the command's events to the event store: the file or its folder is read-only\. Nothing was recorded\./,
            ),
            extensions: { code: 'UNAVAILABLE' },
          }),
        ]);
        expect((await server.gql(DISPUTES, {}, 'SUPERVISOR')).data!.disputes.edges).toHaveLength(1);
      } finally {
        restore();
      }
    },
  );
});
