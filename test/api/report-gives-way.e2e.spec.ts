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
 * Issue 11: the equal-treatment report reads every case's streams of its period (and of its shorter periods), the
 * register opens a name per row, consistency flags compare every case with its peers: seconds of CPU over an office's
 * year. On the server's thread they held the event loop, sliced or not; now they run in worker threads
 * (services/api/heavy/), which the server starts on the first such request. What is asserted is where the work ran and
 * that the server's loop answered meanwhile, not how long anything took, so a busy machine does not make it fail.
 */
describe('whole-period work runs in a worker thread, and the server’s event loop answers meanwhile', () => {
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
    server = await startTestServer({ dataDir, env: { HEAVY_WORKERS: '1' } });
  });
  afterAll(() => server.close());

  it(`given ${CASES} complaints in January 2025, when the year's equal-treatment CSV, the register CSV and the flags are asked at once, then they run in one worker thread and /healthz is answered before they end`, async () => {
    expect(server.services.heavy.started()).toBe(0);
    const get = async (path: string) =>
      fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${await server.token(path.includes('register') ? 'SUPERVISOR' : 'OMBUDSMAN')}` },
      });
    const finished: string[] = [];
    const heavy = Promise.all([
      get('/exports/equal-treatment.csv?from=2025-01-01&to=2026-01-01&dimension=channel'),
      get('/exports/register.csv?from=2025-01-01&to=2026-01-01'),
      server.gql(
        '{ consistencyFlags(from: "2025-01-01T00:00:00+01:00", to: "2026-01-01T00:00:00+01:00") { pseudonym reason } }',
        {},
        'OMBUDSMAN',
      ),
    ]).then(async ([report, register, flags]) => {
      finished.push('heavy work');
      return [report.status, register.status, flags.errors ?? 'no errors', (await register.text()).split('\r\n').length];
    });
    // Asked once the work is under way: the year reads each case again for its quarter and its month.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = await fetch(`${server.url}/healthz`).then((res) => {
      finished.push('healthz');
      return res.status;
    });
    expect(health).toBe(200);
    // The register: a header, one line per complaint and the empty line after the last CRLF.
    expect(await heavy).toEqual([200, 200, 'no errors', CASES + 2]);
    expect(finished).toEqual(['healthz', 'heavy work']);
    expect(server.services.heavy.started()).toBe(1);
  });
});
