import { chmodSync, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { rebuildReadModels } from '../../projections/rebuild-read-models.js';
import { catalogueCodec, currentSchemaVersion, isKnownEvent, upcasters, type EventType } from '../../schema/events/catalogue.js';
import { complaintStream } from '../../schema/streams.js';
import { configFromEnv } from '../../services/api/config.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { EXPLAIN } from '../support/documents.js';
import { startTestServer, tempDataDir, type TestServer } from '../support/test-server.js';

/**
 * Every release leaves a data folder behind (test/fixtures/release-<version>/, written by
 * test/upgrade/write-release-fixture.ts): this release must read all of it. A change to an event's shape that the
 * old events no longer fit fails here until it ships an upcaster (schema/events/catalogue.ts, docs/operations.md).
 */
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const releases = readdirSync(fixtures).filter((name) => name.startsWith('release-'));

interface Fixture {
  release: string;
  schemaVersions: Record<string, number>;
  events: number;
  byType: Record<string, number>;
  disputes: number;
  readable: { disputeId: string; complainant: string };
  erased: { disputeId: string };
}

/** A copy of the fixture in a data folder of its own: the committed files are never written. */
function dataFolderOf(release: string): { dataDir: string; fixture: Fixture } {
  const dataDir = tempDataDir();
  for (const file of ['events.sqlite', 'subject-keys.sqlite']) {
    copyFileSync(join(fixtures, release, file), join(dataDir, file));
    chmodSync(join(dataDir, file), 0o600);
  }
  return { dataDir, fixture: JSON.parse(readFileSync(join(fixtures, release, 'fixture.json'), 'utf8')) as Fixture };
}

const NAME = `query($id: ID!) { dispute(id: $id) { status complainant { name } timeline { kind summary } } }`;
const DISPUTES = `{ disputes(first: 100) { edges { node { id status } } } }`;

it('at least one release fixture is committed', () => {
  expect(releases).toContain('release-0.1.0');
});

describe.each(releases)('the data folder of %s, opened by this release', (release) => {
  const running: TestServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });

  it('reads every event through the upcasters, rebuilds every read model and serves every dispute', async () => {
    const { dataDir, fixture } = dataFolderOf(release);

    // Every type whose version moved on since has an upcaster for each step
    for (const [type, version] of Object.entries(fixture.schemaVersions)) {
      const current = currentSchemaVersion[type as EventType] ?? 1;
      expect(current, `${type} is older now than in ${release}`).toBeGreaterThanOrEqual(version);
      for (let v = version; v < current; v++)
        expect(upcasters[type as EventType]?.[v], `${type} has no upcaster from version ${v}`).toBeTypeOf('function');
    }

    // Every event reads (decoded: upcast to the current version and valid against today's schema)
    const store = createSqliteEventStore({ file: join(dataDir, 'events.sqlite'), codec: catalogueCodec });
    const byType: Record<string, number> = {};
    let position = 0n;
    for (;;) {
      const batch = await store.readAll({ fromPosition: position, limit: 100 });
      if (batch.length === 0) break;
      for (const event of batch) {
        expect(isKnownEvent(event), `${event.type} at ${event.position}`).toBe(true);
        expect(event.metadata.schemaVersion).toBe(currentSchemaVersion[event.type as EventType] ?? 1);
        byType[event.type] = (byType[event.type] ?? 0) + 1;
      }
      position = batch.at(-1)!.position;
    }
    const head = await store.headPosition();
    await store.close();
    expect(byType).toEqual(fixture.byType);

    // Every read model is rebuilt from them
    const config = configFromEnv({ DATA_DIR: dataDir });
    expect(await rebuildReadModels(config)).toBe(head);
    const readModel = openReadModelDb(join(dataDir, 'read-model.sqlite'));
    expect(readModel.prepare('SELECT count(*) AS n FROM disputes').get()).toEqual({ n: fixture.disputes });
    readModel.close();

    // and a server on the folder serves each dispute, the complainant readable, the erased one not
    const server = await startTestServer({ dataDir });
    running.push(server);
    const listed = await server.gql(DISPUTES, {}, 'SUPERVISOR');
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.disputes.edges).toHaveLength(fixture.disputes);
    const readable = await server.gql(NAME, { id: fixture.readable.disputeId });
    expect(readable.errors).toBeUndefined();
    expect(readable.data!.dispute.complainant.name).toBe(fixture.readable.complainant);
    expect((await server.gql(NAME, { id: fixture.erased.disputeId })).data!.dispute.complainant).toBeNull();
    expect(server.services.runner.skippedUnknownEvents()).toBe(0);
  });

  it('events a newer release wrote (an unknown type, a newer version) are logged once, skipped and counted; the projections go on; commands on that case wait for the upgrade', async () => {
    // Given the folder with two events appended by a newer release to a dispute's stream, and one after them
    const { dataDir, fixture } = dataFolderOf(release);
    const stream = complaintStream(fixture.readable.disputeId);
    const db = new Database(join(dataDir, 'events.sqlite'));
    const last = db
      .prepare<[string], { revision: number; metadata: string }>(
        'SELECT revision, metadata FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
      )
      .get(stream)!;
    const metadata = (schemaVersion: number) =>
      JSON.stringify({ ...JSON.parse(last.metadata), eventId: crypto.randomUUID(), schemaVersion });
    const insert = db.prepare('INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run(
      crypto.randomUUID(),
      stream,
      last.revision + 1,
      'ComplaintTranslated',
      JSON.stringify({ language: 'uk', translator: 'Ołena Tajemnicza' }),
      metadata(1),
    );
    insert.run(
      crypto.randomUUID(),
      stream,
      last.revision + 2,
      'ComplaintAcknowledged',
      JSON.stringify({ acknowledgedAt: '2025-03-04T10:00:00+01:00', channelOfReply: 'SMS', by: 'Ołena Tajemnicza' }),
      metadata(99),
    );
    db.close();

    // When a server starts on it (building the read models from nothing)
    const server = await startTestServer({ dataDir });
    running.push(server);

    // Then both are skipped and counted, each kind logged in one line naming its type and position, never its data
    expect(server.services.runner.skippedUnknownEvents()).toBe(2);
    // …and readiness and the metrics say so, the server staying ready
    const readiness = await fetch(`${server.url}/readyz`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toMatchObject({ status: 'ready', skippedUnknownEvents: 2 });
    expect(await (await fetch(`${server.url}/metrics`)).text()).toMatch(/^dispute_ledger_projection_skipped_unknown_events 2$/m);
    const skippedLines = server.logs.entries().filter((entry) => String(entry.msg).startsWith('skipped an event'));
    expect(skippedLines).toEqual([
      expect.objectContaining({
        level: 40,
        eventType: 'ComplaintTranslated',
        schemaVersion: 1,
        position: expect.stringMatching(/^\d+$/),
        msg: expect.stringContaining('unknown to this release (written by a newer one)'),
      }),
      expect.objectContaining({ level: 40, eventType: 'ComplaintAcknowledged', schemaVersion: 99 }),
    ]);
    expect(server.logs.text()).not.toMatch(/Tajemnicz|"uk"|SMS/);
    // and every dispute is served as before
    expect((await server.gql(DISPUTES, {}, 'SUPERVISOR')).data!.disputes.edges).toHaveLength(fixture.disputes);
    expect((await server.gql(NAME, { id: fixture.readable.disputeId })).data!.dispute.complainant.name).toBe(fixture.readable.complainant);
    // and a command on that case is UNAVAILABLE until the upgrade, naming the step it cannot read
    const refused = await server.gql(EXPLAIN, {
      input: { disputeId: fixture.readable.disputeId, channel: 'PHONE', explanation: 'Wyjaśnienie.', reasons: 'Art. 7 KPA.' },
    });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAVAILABLE' },
      message: expect.stringContaining('("ComplaintTranslated", schema version 1, written by a newer release)'),
    });

    // When the server restarts, Then the count is kept (the events are not met again)
    await running.splice(0)[0]!.close();
    const again = await startTestServer({ dataDir });
    running.push(again);
    expect(again.services.runner.skippedUnknownEvents()).toBe(2);
  });
});
