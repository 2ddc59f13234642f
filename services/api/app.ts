import type { Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { makeProjections } from '../../projections/all-projections.js';
import { createDisputeQueries } from '../../projections/dispute-queries.js';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { catalogueCodec, isKnownEvent } from '../../schema/events/catalogue.js';
import { createComplaintCommands } from '../commands/complaint-commands.js';
import { createMediationCommands } from '../commands/mediation-commands.js';
import { mediationStream } from '../../schema/streams.js';
import { createSubjectCommands } from '../commands/subject-commands.js';
import { createCalendar } from '../domain/deadlines/index.js';
import { createAccounts } from '../accounts/accounts.js';
import { createSqliteAccessLog } from '../privacy/access-log.js';
import { createAccessLogWriter } from '../privacy/access-log-writer.js';
import { createAccessAudit } from './access-audit.js';
import { operationName } from './graphql/operation-name.js';
import { accessRecorded } from './graphql/access-recorded.js';
import { createTextOpener } from '../privacy/case-text.js';
import { createErasureRegister } from '../privacy/erasure-register.js';
import { createPersonalDataVault } from '../privacy/personal-data-vault.js';
import { makePrivateFolder, warnIfLooselyKept } from '../privacy/private-files.js';
import { createPseudonyms } from '../privacy/pseudonyms.js';
import { createSqliteSubjectKeyStore } from '../privacy/subject-key-store.js';
import { type ConfiguredEventStore, createEventStore, eventStoreConfigFromEnv } from '../store/create-event-store.js';
import { authFromEnv } from './auth.js';
import { loadOfficeClosures } from './office-closures.js';
import type { ServerConfig } from './config.js';
import { complexityLimit, WHOLE_LOG_REPLAY } from './graphql/complexity-plugin.js';
import type { ApiContext, ApiServices } from './graphql/context.js';
import { errorFormatter } from './graphql/errors.js';
import { documentLimits } from './graphql/limits.js';
import { introspectionCache } from './graphql/introspection-cache.js';
import { graphqlContext } from './graphql/request-context.js';
import { subscriptionsOverWebSocket } from './graphql/subscriptions-over-websocket.js';
import { buildApiSchema } from './graphql/schema.js';
import { registerCsvRoute } from './exports/register-route.js';
import { subjectAccessRoute } from './exports/subject-access-route.js';
import { equalTreatmentRoute } from './exports/equal-treatment-route.js';
import { jsonErrors, notFound } from './http-errors.js';
import { identifyRequest } from './identity.js';
import { rateLimits } from './rate-limits.js';
import { createEqualityServices } from './equality/equality-services.js';
import { createHeavyWork } from './heavy/pool.js';
import { attachSubscriptions } from './live/subscription-server.js';
import { createSupervisionServices } from './supervision-services.js';
import { browserToWebApp, securityHeaders, webApp } from './web-app.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { createMetrics } from '../observability/metrics.js';
import { liveness, metricsRoute, readiness } from './health.js';
import { knownOperations, observability } from './graphql/observability-plugin.js';
import { requestLog } from './request-log.js';
import { createTurns, routesTakeTurns } from './turns.js';
import { truncateWal } from '../store/wal-checkpointer.js';

export interface App {
  app: express.Express;
  services: ApiServices;
  /** Serves GraphQL subscriptions (graphql-ws) on the HTTP server that serves `app`, at /graphql too. */
  attach(server: Server): void;
  close(): Promise<void>;
}

/** Adapters given ready-made instead of being made from `config` (an event store whose file has a size limit). */
export interface GivenAdapters {
  eventStore?: ConfiguredEventStore;
  /** Where the server logs (tests keep the lines to read them); by default JSON lines on standard output at LOG_LEVEL. */
  logger?: Logger;
}

/** The composition root: every adapter is chosen and wired here, and nowhere else. */
export async function createApp(config: ServerConfig, clock: () => Date = () => new Date(), given: GivenAdapters = {}): Promise<App> {
  const log = given.logger ?? createLogger({ level: config.LOG_LEVEL });
  // The keys and secrets in these folders open every person's data: said at each start if others may read them.
  warnIfLooselyKept([config.dataDir, config.sharedDir], (line) => log.warn(line));
  makePrivateFolder(config.dataDir);
  makePrivateFolder(config.sharedDir);
  const storeConfig = eventStoreConfigFromEnv(config.env, config.sharedDir);
  const store = given.eventStore ?? (await createEventStore(storeConfig, catalogueCodec));
  // Fail fast with what to check, rather than serving an API that cannot write.
  await store.checkConnection();
  const keys = createSqliteSubjectKeyStore({ file: join(config.sharedDir, 'subject-keys.sqlite') });
  const vault = createPersonalDataVault(keys);
  const erasures = createErasureRegister({ file: config.erasureRegister });
  const subjectCommands = createSubjectCommands({ store, vault, keys, erasures, clock });
  // Whoever was erased after the backup these files came from is erased again before anything is read.
  const erasedAgain = await subjectCommands.reapplyErasures();
  if (erasedAgain > 0)
    log.warn(
      `Erased again ${erasedAgain} person(s) named in the erasure register ${config.erasureRegister}: these files were older than their erasure.`,
    );
  const readDb = openReadModelDb(join(config.dataDir, 'read-model.sqlite'));
  const runner = createProjectionRunner(store, readDb, makeProjections(vault), log, { readable: isKnownEvent });
  // An erasure's deletions (with secure_delete, zeroed pages) are folded into the file at once, and the WAL that
  // still held the deleted text is truncated: nothing of the person stays on disk (GDPR art. 17).
  runner.onApplied((events) => {
    const erased = events.filter((e) => e.type === 'SubjectDataErased');
    if (erased.length === 0) return;
    truncateWal(readDb);
    // Also an erasure made by another replica sharing the keys: its key and opened values leave this process's memory.
    for (const e of erased) vault.forget((e.data as { subjectId: string }).subjectId);
  });
  await runner.catchUp();
  runner.start();
  const auth = authFromEnv(config.env, config.sharedDir);
  const accessLog = createSqliteAccessLog({ file: join(config.sharedDir, 'access-log.sqlite') });
  // Lines are written by a worker thread: its fsyncs must not stop every other request.
  const accessLogWriter = createAccessLogWriter(join(config.sharedDir, 'access-log.sqlite'));
  const accounts = createAccounts({
    file: join(config.sharedDir, 'users.sqlite'),
    clock,
    sessionHours: config.SESSION_HOURS,
    idleMinutes: config.SESSION_IDLE_MINUTES,
  });
  const calendar = createCalendar(loadOfficeClosures(config.OFFICE_CLOSURES_FILE));
  // Reports, flags and the register over whole periods run in worker threads, each reading the same files (issue 11).
  const heavy = createHeavyWork(
    {
      readModelFile: join(config.dataDir, 'read-model.sqlite'),
      eventStore: storeConfig,
      subjectKeysFile: join(config.sharedDir, 'subject-keys.sqlite'),
      sharedDir: config.sharedDir,
      minimumGroupSize: config.EQUALITY_MINIMUM_GROUP_SIZE,
    },
    config.HEAVY_WORKERS,
  );

  const rules = { store, vault, calendar, answerRule: config.ANSWER_RULE, officeName: config.OFFICE_NAME, clock };
  const services: ApiServices = {
    complaints: createComplaintCommands(rules),
    mediations: createMediationCommands({ ...rules, officeStaffIds: config.OFFICE_STAFF_IDS }),
    queries: createDisputeQueries(readDb, store, clock, createTextOpener(vault)),
    runner,
    vault,
    supervision: createSupervisionServices({
      readDb,
      store,
      calendar,
      clock,
      runner,
      overdueCheckMs: config.OVERDUE_CHECK_MS,
      log,
    }),
    officeName: config.OFFICE_NAME,
    readYourWritesMs: config.READ_YOUR_WRITES_MS,
    mediationPositions: async (mediationId) => new Set((await store.readStream(mediationStream(mediationId))).map((e) => e.position)),
    equality: createEqualityServices({
      readDb,
      store,
      vault,
      // Shared by replicas like the keys, so a person has one pseudonym whichever replica answers.
      pseudonyms: createPseudonyms({ dataDir: config.sharedDir }),
      commands: subjectCommands,
      clock,
      asked: config.EQUALITY_DIMENSIONS,
      minimumGroupSize: config.EQUALITY_MINIMUM_GROUP_SIZE,
      heavy,
    }),
    heavy,
    accounts,
    audit: createAccessAudit({ write: accessLogWriter.write, find: accessLog.find }, clock),
  };

  const schema = await buildApiSchema();
  const turns = createTurns();
  const metrics = createMetrics({
    store,
    runner,
    dataDir: config.dataDir,
    sharedDir: config.sharedDir,
    knownOperations: knownOperations(schema),
    clock,
    waitingForTurns: () => turns.waiting,
  });
  const documentRule = documentLimits({
    maxDepth: config.MAX_QUERY_DEPTH,
    maxFields: config.MAX_QUERY_FIELDS,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
  });
  const formatError = errorFormatter({ suggestions: config.GRAPHQL_INTROSPECTION });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: config.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError,
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    validationRules: [documentRule],
    // No cache hints are used: the cache-control plugin would only cost throughput.
    // The landing page loads Apollo's explorer from a CDN: nothing may be fetched from outside (issue 9).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      operationName,
      accessRecorded,
      subscriptionsOverWebSocket,
      observability(metrics, log),
      complexityLimit(schema, config.MAX_QUERY_COMPLEXITY),
      introspectionCache(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express hashes every answer it sends for an ETag (SHA-1 of an 18 kB timeline: as long as executing it); the
  // answers here are private and not cached, and the web app's files get theirs from express.static.
  app.set('etag', false);
  if (config.TRUST_PROXY) app.set('trust proxy', trustProxyValue(config.TRUST_PROXY));
  app.use(requestLog(log, metrics));
  app.use(securityHeaders);
  app.get('/healthz', liveness);
  app.get('/readyz', readiness({ store, runner, clock, maxLagSeconds: config.READY_MAX_LAG_SECONDS }));
  app.get('/metrics', metricsRoute(metrics, config.METRICS_TOKEN));
  app.get('/graphql', browserToWebApp);
  app.use(
    ['/graphql', '/exports'],
    rateLimits({
      perUser: config.RATE_LIMIT_PER_USER,
      perAddress: config.RATE_LIMIT_PER_ADDRESS,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
      identityOf: (req) => identifyRequest(auth, accounts, req),
    }),
  );
  app.use('/exports', routesTakeTurns(turns, WHOLE_LOG_REPLAY, auth, accounts));
  app.get('/exports/register.csv', registerCsvRoute(auth, services));
  app.get('/exports/subject-access.json', subjectAccessRoute(auth, services));
  app.get('/exports/equal-treatment.csv', equalTreatmentRoute(auth, services, 'csv'));
  app.get('/exports/equal-treatment.html', equalTreatmentRoute(auth, services, 'html'));
  app.use(
    '/graphql',
    express.json({ limit: config.MAX_BODY }),
    expressMiddleware(apollo, { context: graphqlContext(auth, services, turns) }),
  );
  app.use(webApp(config.webDir));
  app.use(notFound);
  // Last: every error any route passes on is answered in JSON, never with a stack trace.
  app.use(jsonErrors);
  let detach: (() => Promise<void>) | null = null;

  return {
    app,
    services,
    attach(server) {
      detach = attachSubscriptions(server, {
        schema,
        auth,
        services,
        documentRule,
        formatError,
        maxTokens: config.MAX_QUERY_TOKENS,
        maxComplexity: config.MAX_QUERY_COMPLEXITY,
        maxPayload: config.WS_MAX_PAYLOAD_BYTES,
        initTimeoutMs: config.WS_INIT_TIMEOUT_MS,
        clock,
        log,
      });
    },
    async close() {
      await detach?.();
      services.supervision.live.close();
      await heavy.close();
      await apollo.stop();
      await runner.stop();
      readDb.close();
      keys.close();
      erasures.close();
      accounts.close();
      // Reads recorded by the last answers are written before the log closes.
      await services.audit.recorded().catch(() => {});
      await accessLogWriter.close();
      accessLog.close();
      await store.close();
    },
  };
}

/** Express's `trust proxy`: a number of hops, true/false, or addresses and subnets (loopback, 10.0.0.0/8…). */
function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
