import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import { catalogueCodec } from '../schema/events/catalogue.js';
import type { Role } from '../schema/envelope.js';
import { createApp } from '../services/api/app.js';
import { createLocalAuth } from '../services/api/auth.js';
import { configFromEnv } from '../services/api/config.js';
import { createLogger } from '../services/observability/logger.js';
import { createPersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { disputeEvents, settledCase } from './complaint-script.js';
import { tempFolder } from './measure.js';

/**
 * The real server (port on loopback) over an office's year: `disputes` settled complaints of 10 events each, received
 * from 7 January 2025 on, written straight to the event file with their keys on disk, then projected at start.
 * For the benchmarks of issue 11 (event-loop-holds.ts, abusive-load.ts).
 */
export async function startOfficeServer({ disputes, env = {} }: { disputes: number; env?: Record<string, string> }) {
  const folder = tempFolder('office');
  const store = createSqliteEventStore({ file: join(folder.path, 'events.sqlite'), codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: join(folder.path, 'subject-keys.sqlite') });
  const vault = createPersonalDataVault(keys);
  const disputeIds: string[] = [];
  for (let n = 0; n < disputes; n++) {
    const dispute = disputeEvents(n, settledCase(n), vault);
    await store.append(dispute.stream, dispute.events, { expectedRevision: 'no_stream' });
    disputeIds.push(dispute.disputeId);
  }
  keys.close();
  await store.close();

  // The server logs as in production (a JSON line per request, written synchronously), into a file of its temporary
  // folder instead of standard output, where the lines of thousands of requests buried the benchmark's own.
  const logger = createLogger({ level: 'info', destination: pino.destination({ dest: join(folder.path, 'server.log'), sync: true }) });
  const app = await createApp(configFromEnv({ DATA_DIR: folder.path, PORT: '0', ...env }), undefined, { logger });
  const server: Server = app.app.listen(0, '127.0.0.1');
  app.attach(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = createLocalAuth({ dataDir: folder.path });
  const token = (role: Role, userId = `u-${role.toLowerCase()}`) =>
    auth.issueToken({ userId, name: 'Ewa Wójcik', role }, { expiresIn: '1h' });
  return {
    base,
    dataDir: folder.path,
    app,
    disputeIds,
    token,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
      folder.remove();
    },
  };
}
