// First, before graphql loads: NODE_ENV=production unless set.
import './production-mode.js';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The port opens first, before the heavy modules are loaded and the app is built (the store opened, the read models
 * caught up with the events): meanwhile /healthz says the process is alive, /readyz that it is not ready yet, and
 * everything else is UNAVAILABLE with a sentence. A load balancer, a container runtime or a person sees at once that
 * the server is starting, not down. Only PORT and HOST are read before that (the whole configuration is checked next).
 */
const starting: RequestListener = (req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  const [status, body] =
    path === '/healthz'
      ? [200, { status: 'ok' }]
      : path === '/readyz'
        ? [503, { status: 'not ready', readModels: 'starting' }]
        : [
            503,
            {
              errors: [
                {
                  message:
                    'The server is starting: the read models are catching up with the events. Try again in a few seconds (GET /readyz answers 200 once it is ready).',
                  extensions: { code: 'UNAVAILABLE' },
                },
              ],
            },
          ];
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '2' }).end(JSON.stringify(body));
};

const started = performance.now();
const port = Number(process.env.PORT ?? 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(
    `Invalid configuration: PORT must be a whole number from 0 to 65535, not ${JSON.stringify(process.env.PORT)}. Fix the environment variable and start again.\n`,
  );
  process.exit(1);
}
const host = process.env.HOST || '127.0.0.1';
let handle: RequestListener = starting;
const server = createServer((req, res) => handle(req, res));
await new Promise<void>((resolve) => server.listen(port, host, resolve));
// The port actually bound: PORT=0 asks the system for a free one.
const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${(server.address() as AddressInfo).port}`;
// Even the logger (pino, zod for its level) is loaded once the port is open.
const { createLogger, LogLevelSchema } = await import('../observability/logger.js');
const log = createLogger({ level: LogLevelSchema.catch('info').parse(process.env.LOG_LEVEL) });
log.info(`Starting: health at ${url}/healthz, readiness at ${url}/readyz.`);

await import('reflect-metadata');
const { createFilesPrivately } = await import('../privacy/private-files.js');
createFilesPrivately();
const { configFromEnv } = await import('./config.js');
const config = (() => {
  try {
    return configFromEnv(process.env);
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
})();
const { createApp } = await import('./app.js');
const { firstAdministratorCommand } = await import('../accounts/user-cli.js');
const { app, attach, close, services } = await createApp(config, undefined, { logger: log });
handle = app;
attach(server);
log.info(
  { startMs: Math.round(performance.now() - started) },
  `Dispute Ledger is listening: the web app at ${url}/, GraphQL at ${url}/graphql, health at ${url}/healthz (data in ${config.dataDir}).`,
);
if (services.accounts.count() === 0) {
  log.info(
    'No user account exists yet. Create the first administrator (the command asks for a password of at least 12 characters), then sign in at the web app:',
  );
  log.info(`  ${firstAdministratorCommand(config.sharedDir)}`);
}
log.info(`API clients can use a token instead: npm run token -- --role CLERK --user u1 --name "Anna Nowak"`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: finishing open requests, then stopping.`);
  server.close();
  await close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
