import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { READ_MODEL_VERSION } from '../../projections/read-model-db.js';
import { currentSchemaVersion, eventSchemas } from '../../schema/events/catalogue.js';
import { ACKNOWLEDGE, complaintInput, DECIDE, RECEIVE } from '../support/documents.js';
import { ERASE, RECORD_EQUALITY } from '../support/equality-documents.js';
import { APPOINT, CONSENT, END, HOLD, listEntry, parties, PROPOSE, PROTOCOL, SCHEDULE } from '../support/mediation-documents.js';
import { seedScenarios } from '../support/scenario-seed.js';
import { startTestServer, tempDataDir, type TestServer } from '../support/test-server.js';

/**
 * Writes test/fixtures/release-<version>/: the events and subject keys of a data folder filled by this release through
 * its public API (the demo scenarios, a mediation from proposal to agreement, equality answers, an erasure), with
 * fixture.json saying what is in it. Run once per release, never by `npm test`:
 *
 *   npx vitest run --config test/upgrade/write-release-fixture.config.ts
 *
 * test/upgrade/release-fixtures.int.spec.ts then opens every fixture committed so far with the code of the day.
 */
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const target = new URL(`../fixtures/release-${version}/`, import.meta.url).pathname;

it(`writes the data folder of release ${version} to ${target}`, async () => {
  let now = new Date('2025-03-03T09:00:00+01:00');
  const dataDir = tempDataDir();
  const server = await startTestServer({ dataDir, clock: () => now, env: { OFFICE_STAFF_IDS: 'u-clerk,u-supervisor' } });
  const ok = async (doc: string, input: Record<string, unknown>, as: Parameters<TestServer['gql']>[2] = 'CLERK') => {
    const res = await server.gql(doc, { input }, as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };
  let readable: string;
  let erasedId: string;
  try {
    await seedScenarios(server);

    const mediator = { token: await server.token('MEDIATOR', 'u-mediator', 'Zbigniew Mędrzecki') };
    const { disputeId } = await ok(
      RECEIVE,
      complaintInput({
        channel: 'IN_PERSON',
        category: 'zachowanie pracownika',
        complainant: { name: 'Maria Wiśniewska', email: 'm.wisniewska@example.org' },
      }),
    );
    readable = disputeId;
    await ok(ACKNOWLEDGE, { disputeId });
    const { mediationId } = await ok(PROPOSE, { disputeId, parties, reason: 'Konflikt przy okienku nr 3; obie strony chcą porozumienia.' });
    await ok(CONSENT, { mediationId, partyId: 'p-maria', consent: true });
    await ok(CONSENT, { mediationId, partyId: 'p-urzad', consent: true });
    await ok(APPOINT, { mediationId, mediatorUserId: 'u-mediator', mediatorName: 'Zbigniew Mędrzecki', listEntry });
    await ok(
      SCHEDULE,
      { mediationId, sessionId: 's1', startsAt: '2025-03-10T10:00:00+01:00', place: 'Sala 12, ul. Słonimska 1' },
      mediator,
    );
    now = new Date('2025-03-10T12:00:00+01:00');
    await ok(HOLD, { mediationId, sessionId: 's1', heldAt: '2025-03-10T10:05:00+01:00', attendees: ['p-maria', 'p-urzad'] }, mediator);
    await ok(
      PROTOCOL,
      { mediationId, arrangements: ['Przeprosiny pracownicy'], participants: ['p-maria', 'p-urzad'], signedBy: ['p-maria', 'p-urzad'] },
      mediator,
    );
    await ok(END, { mediationId, result: 'AGREEMENT' }, mediator);
    await ok(DECIDE, {
      disputeId,
      outcome: 'UPHELD',
      remedies: ['Aktualizacja formularzy'],
      followsMediationProtocol: true,
      signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
    });
    await ok(RECORD_EQUALITY, {
      disputeId,
      consent: true,
      answers: [
        { dimension: 'sex', value: 'FEMALE' },
        { dimension: 'ageBand', value: '30_44' },
      ],
    });

    const erased = await ok(
      RECEIVE,
      complaintInput({
        complainant: { name: 'Stanisław Łęcki', address: 'ul. Kręta 5, 15-001 Białystok' },
        description: 'Pan Łęcki prosi o usunięcie danych.',
      }),
    );
    const subjectId = (await server.gql(`query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`, { id: erased.disputeId }, 'ADMIN'))
      .data!.dispute.complainantSubjectId as string;
    await ok(ERASE, { subjectId, reason: 'art. 17 ust. 1 lit. a RODO' }, 'ADMIN');
    erasedId = erased.disputeId;
  } finally {
    await server.close();
  }

  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of ['events.sqlite', 'subject-keys.sqlite']) {
    // Closed: the WAL is folded into the file, which is then the whole database.
    expect(existsSync(join(dataDir, `${file}-wal`))).toBe(false);
    copyFileSync(join(dataDir, file), join(target, file));
    // Self-contained: opening it never makes a -wal or -shm beside it in the repository.
    const copy = new Database(join(target, file));
    copy.pragma('journal_mode = DELETE');
    copy.close();
  }
  const db = new Database(join(target, 'events.sqlite'), { readonly: true });
  const byType = Object.fromEntries(
    db
      .prepare<[], { type: string; n: number }>('SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type')
      .all()
      .map((r) => [r.type, r.n]),
  );
  const disputes = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM events WHERE type = 'ComplaintReceived'").get()!.n;
  db.close();
  const fixture = {
    release: version,
    readModelVersion: READ_MODEL_VERSION,
    schemaVersions: Object.fromEntries(
      Object.keys(eventSchemas).map((type) => [type, currentSchemaVersion[type as keyof typeof eventSchemas] ?? 1]),
    ),
    events: Object.values(byType).reduce((a, b) => a + b, 0),
    byType,
    disputes,
    readable: { disputeId: readable, complainant: 'Maria Wiśniewska' },
    erased: { disputeId: erasedId },
  };
  writeFileSync(join(target, 'fixture.json'), `${JSON.stringify(fixture, null, 2)}\n`);
});
