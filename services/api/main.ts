import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { createFilesPrivately } from '../privacy/private-files.js';

createFilesPrivately();

const config = configFromEnv(process.env);
const { app, attach, close } = await createApp(config);
const server = app.listen(config.PORT, config.HOST, () => {
  // The port actually bound: PORT=0 asks the system for a free one.
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  console.log(`Dispute Ledger is listening: GraphQL at ${url}/graphql, health at ${url}/healthz (data in ${config.dataDir}).`);
  console.log(`Get a token: npm run token -- --role CLERK --user u1 --name "Anna Nowak"`);
});
attach(server);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping.`);
  server.close();
  await close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
