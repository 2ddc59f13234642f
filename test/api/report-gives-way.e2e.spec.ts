import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disputeEvents, settledCase } from '../../bench/complaint-script.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createPersonalDataVault } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { startTestServer, tempDataDir, type TestServer } from '../support/test-server.js';

const CASES = 120;

/**
 * Issue 11: the equal-treatment report reads every case's streams of its period (and of its shorter periods). Read
 * in one go through the synchronous SQLite store, it held the event loop until it was done: /healthz, asked while it
 * ran, waited for it. Read in slices, the office's other requests are answered meanwhile.
 */
describe('a long report gives way to the office’s other requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    // January 2025's complaints, written as the command handler would, before the server starts and projects them.
    const dataDir = tempDataDir();
    const store = createSqliteEventStore({ file: join(dataDir, 'events.sqlite'), codec: catalogueCodec });
    const keys = createSqliteSubjectKeyStore({ file: join(dataDir, 'subject-keys.sqlite') });
    const vault = createPersonalDataVault(keys);
    for (let n = 0; n < CASES; n++) {
      const dispute = disputeEvents(n, settledCase(n), vault);
      await store.append(dispute.stream, dispute.events, { expectedRevision: 'no_stream' });
    }
    keys.close();
    await store.close();
    server = await startTestServer({ dataDir });
  });
  afterAll(() => server.close());

  it(`given ${CASES} complaints in January 2025, when the year's report runs, then /healthz asked meanwhile is answered before it ends`, async () => {
    const token = await server.token('OMBUDSMAN');
    const finished: string[] = [];
    const report = fetch(`${server.url}/exports/equal-treatment.csv?from=2025-01-01&to=2026-01-01&dimension=channel`, {
      headers: { authorization: `Bearer ${token}` },
    }).then(async (res) => {
      finished.push('report');
      return res.status;
    });
    // Asked once the report is under way: the year reads each case again for its quarter and its month.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = await fetch(`${server.url}/healthz`).then((res) => {
      finished.push('healthz');
      return res.status;
    });
    expect(health).toBe(200);
    expect(await report).toBe(200);
    expect(finished).toEqual(['healthz', 'report']);
  });
});
