import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  type GraphQLSchema,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { projectionsWithKeys } from '../support/projections-with-keys.js';
import { openReadModelDb, readModelTables, type ReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createLocalAuth } from '../../services/api/auth.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { complaintInput, DISPUTE, EXPLAIN, RECEIVE } from '../support/documents.js';
import { tempDataDir } from '../support/test-server.js';

// What `npm start` runs: the bundle (scripts/bundle-server.mjs), so the replicas also prove it serves as the sources do.
const main = new URL('../../dist/server/main.js', import.meta.url).pathname;

interface Replica {
  process: ChildProcess;
  url: string;
}

/** A real API process, as an administrator would start a replica: own DATA_DIR, a SHARED_DIR with the events. */
async function startReplica(dataDir: string, sharedDir: string): Promise<Replica> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SHARED_DIR: sharedDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    // What a replica that fails says goes to standard error: kept for the failure's message.
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}: ${out}`)));
    // A start takes 1–2 s; on a machine shared with other heavy work it has taken 15 s.
    setTimeout(() => reject(new Error(`replica did not start: ${out}`)), 60_000).unref();
  });
  return { process: child, url };
}

const stopped = (r: Replica, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    r.process.once('exit', () => resolve());
    r.process.kill(signal);
  });

const dump = (db: ReadModelDb) => Object.fromEntries(readModelTables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

// `npm test` builds dist/ first; a bare `vitest run` without a build skips this, saying why.
describe.skipIf(!existsSync(main))(
  'the server as `npm start` runs it: two replicas sharing one SQLite event file, each with its own read model, and its schema (skipped without dist/: run `npm run build`)',
  () => {
    const shared = tempDataDir();
    const dirs = [join(shared, 'replica-a'), join(shared, 'replica-b')];
    dirs.forEach((d) => mkdirSync(d));
    const running: Replica[] = [];
    afterAll(async () => {
      await Promise.all(
        running.filter((r) => r.process.exitCode === null && r.process.signalCode === null).map((r) => stopped(r, 'SIGTERM')),
      );
    });

    it('a write through one is visible through the other; one killed and restarted catches up exactly', async () => {
      const [a, b] = await Promise.all(dirs.map((d) => startReplica(d, shared)));
      running.push(a!, b!);
      const token = await createLocalAuth({ dataDir: shared }).issueToken({ userId: 'u1', name: 'Anna Nowak', role: 'SUPERVISOR' });
      const gql = async (r: Replica, query: string, variables: Record<string, unknown>) => {
        const res = await fetch(`${r.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await res.json()) as { data?: any; errors?: unknown[] };
      };

      const { data } = await gql(a!, RECEIVE, { input: complaintInput() });
      const id = data.receiveComplaint.disputeId as string;
      // Replica B learns of the write by polling the shared file: bounded, not instant (generous bounds: a loaded CI machine).
      const deadline = Date.now() + 30_000;
      let seen: any = null;
      while (!seen && Date.now() < deadline) {
        seen = (await gql(b!, DISPUTE, { id })).data?.dispute;
        if (!seen) await new Promise((r) => setTimeout(r, 50));
      }
      expect(seen).toMatchObject({ id, status: 'RECEIVED', complainant: { name: 'Jan Kowalski' } });

      await stopped(b!, 'SIGKILL');
      for (let i = 0; i < 5; i++) {
        const res = await gql(a!, EXPLAIN, {
          input: { disputeId: id, channel: 'EMAIL', explanation: `Wyjaśnienie ${i}: żółć`, reasons: 'Art. 7 KPA.' },
        });
        expect(res.errors).toBeUndefined();
      }
      const restarted = await startReplica(dirs[1]!, shared);
      running.push(restarted);
      const caughtUp = Date.now() + 30_000;
      let revision = -1;
      while (revision !== 6 && Date.now() < caughtUp) {
        revision = (await gql(restarted, DISPUTE, { id })).data?.dispute?.revision ?? -1;
        if (revision !== 6) await new Promise((r) => setTimeout(r, 50));
      }
      expect(revision).toBe(6);
      await stopped(restarted, 'SIGTERM');

      // Exactly: the restarted replica's tables equal a rebuild from position 0.
      const events = createSqliteEventStore({ file: join(shared, 'events.sqlite'), codec: catalogueCodec });
      const rebuilt = openReadModelDb(':memory:');
      const projections = projectionsWithKeys(shared);
      await createProjectionRunner(events, rebuilt, projections.makeProjections).rebuild();
      projections.close();
      const replicaDb = openReadModelDb(join(dirs[1]!, 'read-model.sqlite'));
      expect(dump(replicaDb)).toEqual(dump(rebuilt));
      replicaDb.close();
      rebuilt.close();
      await events.close();
    }, 240_000);

    it('the bundle answers introspection with exactly the schema the sources declare (schema/schema.graphql), and runs heavy work in its workers', async () => {
      const dataDir = tempDataDir();
      const replica = await startReplica(dataDir, dataDir);
      running.push(replica);
      const token = await createLocalAuth({ dataDir }).issueToken({ userId: 'u1', name: 'Anna Nowak', role: 'CLERK' });
      const res = await fetch(`${replica.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: getIntrospectionQuery() }),
      });
      const { data } = (await res.json()) as { data: IntrospectionQuery };
      const printed = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));
      const declared = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
      expect(printed(buildClientSchema(data))).toBe(printed(declared));
      // and whole-period work (the register) runs in its worker threads, which the bundle starts from a file of its own
      const post = async (bearer: string, query: string, variables: Record<string, unknown> = {}) =>
        (await (
          await fetch(`${replica.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as { data?: any; errors?: unknown[] };
      const received = await post(token, RECEIVE, { input: complaintInput({ complainant: { name: 'Zofia Łęcka' } }) });
      expect(received.errors).toBeUndefined();
      const supervisor = await createLocalAuth({ dataDir }).issueToken({ userId: 'u2', name: 'Ewa Kowalczyk', role: 'SUPERVISOR' });
      const year = new Date().getFullYear();
      const register = await post(
        supervisor,
        `{ register(from: "${year}-01-01T00:00:00+01:00", to: "${year + 1}-01-01T00:00:00+01:00") { number complainant } }`,
      );
      expect(register).toEqual({ data: { register: [{ number: `S/${year}/0001`, complainant: 'Zofia Łęcka' }] } });
      await stopped(replica, 'SIGTERM');
    }, 120_000);
  },
);
