import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort } from 'node:worker_threads';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';
import { createApp } from '../services/api/app.js';
import { createLocalAuth } from '../services/api/auth.js';
import { configFromEnv } from '../services/api/config.js';
import { clerk, inputFor, openCase, receiptInput } from './complaint-script.js';
import { tempFolder } from './measure.js';

/**
 * Worker thread of benchmark 4: the real app on a temp DATA_DIR with one 50-event dispute, and beside it a plain
 * express route answering the same request with the same JSON, captured once from the GraphQL answer. The load
 * generator stays on the main thread, so neither server shares its event loop with the load.
 */
export interface TimelineServers {
  oursUrl: string;
  rawUrl: string;
  /** The same query through express, Apollo and graphql-js alone: no token, no turns, no log, the JSON in memory. */
  floorUrl: string;
  headers: Record<string, string>;
  body: string;
  responseBytes: number;
}

const TIMELINE = 50;
const QUERY = 'query($id: ID!) { dispute(id: $id) { timeline { position at kind actor { name } summary } } }';

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

const folder = tempFolder('http');
// One token at full speed is what this measures: the rate limits (on the path still) are set out of its reach.
// No line per request: a worker's standard output is relayed through the main thread, where the load generator runs.
const ours = await createApp(
  configFromEnv({
    DATA_DIR: folder.path,
    PORT: '0',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_USER: '10000000',
    RATE_LIMIT_PER_ADDRESS: '10000000',
  }),
);
const servers: Server[] = [];

let stopped: Promise<void> | undefined;
const shutdown = () => (stopped ??= stopAll());

async function stopAll() {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await ours.close();
  folder.remove();
}

async function start(): Promise<TimelineServers> {
  const { disputeId } = await ours.services.complaints.execute('receiveComplaint', receiptInput(0), clerk);
  let position = 0n;
  for (const command of openCase(0, TIMELINE))
    ({ position } = await ours.services.complaints.execute(command.type, inputFor(disputeId, command), clerk));
  if (!(await ours.services.runner.waitFor(position, 5000))) throw new Error('The read model did not catch up with the 50 events.');

  const real = await listen(ours.app);
  servers.push(real.server);
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${await createLocalAuth({ dataDir: folder.path }).issueToken(clerk, { expiresIn: '1h' })}`,
  };
  const body = JSON.stringify({ query: QUERY, variables: { id: disputeId } });
  const answer = await fetch(real.url, { method: 'POST', headers, body });
  const json = (await answer.json()) as { data?: { dispute?: { timeline?: unknown[] } } };
  if (json.data?.dispute?.timeline?.length !== TIMELINE)
    throw new Error(`Expected a ${TIMELINE}-entry timeline, got: ${JSON.stringify(json).slice(0, 300)}`);

  const plain = express();
  plain.disable('x-powered-by');
  plain.post('/graphql', express.json(), (_req, res) => {
    res.json(json);
  });
  const raw = await listen(plain);
  servers.push(raw.server);
  const floor = await listen(await apolloFloor(json.data!.dispute));
  servers.push(floor.server);
  return {
    oursUrl: real.url,
    rawUrl: raw.url,
    floorUrl: floor.url,
    headers,
    body,
    responseBytes: Buffer.byteLength(JSON.stringify(json)),
  };
}

/**
 * The least the required stack (express 5, @apollo/server, graphql-js) costs for this request: the same query
 * against a schema of the same shape whose resolvers are graphql-js's defaults reading the captured answer. What it
 * reaches of plain express bounds what any server executing this query through Apollo can reach.
 */
async function apolloFloor(dispute: unknown) {
  const schema = buildSchema(`
    type Actor { name: String! }
    type TimelineEntry { position: String! at: String! kind: String! actor: Actor! summary(language: String): String! }
    type Dispute { timeline: [TimelineEntry!]! }
    type Query { dispute(id: ID!): Dispute }
  `);
  schema.getQueryType()!.getFields().dispute!.resolve = () => dispute;
  const apollo = new ApolloServer({ schema, csrfPrevention: true, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  return app;
}

parentPort!.once('message', () => void shutdown().then(() => parentPort!.close()));
try {
  parentPort!.postMessage({ ready: await start() });
} catch (error) {
  await shutdown();
  parentPort!.postMessage({ failed: (error as Error).stack ?? String(error) });
}
