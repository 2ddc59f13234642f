import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../services/api/app.js';
import type { ConfiguredEventStore } from '../../services/store/create-event-store.js';
import { createLocalAuth } from '../../services/api/auth.js';
import { configFromEnv } from '../../services/api/config.js';
import type { Role } from '../../schema/envelope.js';
import { captureLogs } from './captured-logs.js';

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'dispute-ledger-'));

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/**
 * The real server on a real SQLite folder and a real port: what the end-to-end specifications talk to. What it logs is
 * kept in `logs` (at debug level), not printed.
 */
export async function startTestServer({
  dataDir = tempDataDir(),
  env = {},
  clock,
  eventStore,
}: { dataDir?: string; env?: Record<string, string>; clock?: () => Date; eventStore?: ConfiguredEventStore } = {}) {
  // A suite sends far more than a person: the rate limits are out of reach unless a specification sets them.
  const config = configFromEnv({
    DATA_DIR: dataDir,
    PORT: '0',
    RATE_LIMIT_PER_USER: '10000000',
    RATE_LIMIT_PER_ADDRESS: '10000000',
    ...env,
  });
  const logs = captureLogs();
  const app = await createApp(config, clock, { eventStore, logger: logs.logger });
  const server = app.app.listen(0, '127.0.0.1');
  app.attach(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = createLocalAuth({ dataDir });

  const token = (role: Role, userId = `u-${role.toLowerCase()}`, name = 'Anna Żółkiewska') => auth.issueToken({ userId, name, role });

  async function post(body: string, headers: Record<string, string>): Promise<GraphQLResponse> {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, ...((await res.json()) as object) };
  }

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    as: Role | { token: string } | null = 'CLERK',
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = {};
    if (as !== null) headers.authorization = `Bearer ${typeof as === 'string' ? await token(as) : as.token}`;
    return post(JSON.stringify({ query, variables }), headers) as Promise<GraphQLResponse<T>>;
  }

  return {
    url,
    dataDir,
    services: app.services,
    logs,
    token,
    gql,
    post,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
