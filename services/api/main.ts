import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { firstAdministratorCommand } from '../accounts/user-cli.js';
import { createFilesPrivately } from '../privacy/private-files.js';

createFilesPrivately();

const config = configFromEnv(process.env);
const { app, attach, close, services } = await createApp(config);
const server = app.listen(config.PORT, config.HOST, () => {
  // The port actually bound: PORT=0 asks the system for a free one.
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  console.log(`Dispute Ledger is listening: the web app at ${url}/, GraphQL at ${url}/graphql, health at ${url}/healthz (data in ${config.dataDir}).`);
  if (services.accounts.count() === 0) {
    console.log('No user account exists yet. Create the first administrator (the command asks for a password of at least 12 characters), then sign in at the web app:');
    console.log(`  ${firstAdministratorCommand(config.sharedDir)}`);
  }
  console.log(`API clients can use a token instead: npm run token -- --role CLERK --user u1 --name "Anna Nowak"`);
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
