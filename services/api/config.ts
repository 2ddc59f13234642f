import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AskedDimensionsSchema } from '../../schema/commands/equality-commands.js';
import { equalityDimensions } from '../../schema/equality-dimensions.js';
import { DeadlineRuleNameSchema } from '../domain/deadlines/index.js';
import { erasureRegisterFile } from '../privacy/erasure-register.js';
import { LogLevelSchema } from '../observability/logger.js';
import { MaxTokenHoursSchema } from './auth.js';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * What API replicas on one machine share: the event file, the subject keys and the local token secret. Each
   * replica keeps its own read model in DATA_DIR. Absent: everything lives in DATA_DIR.
   */
  SHARED_DIR: z.string().min(1).optional(),
  /**
   * The register of erasures, a file outside the data folders and their backups, re-applied on every restore and
   * start (services/privacy/erasure-register.ts). Absent: beside SHARED_DIR (`./data` → `./data-erasures.sqlite`).
   */
  ERASURE_REGISTER: z.string().min(1).optional(),
  OFFICE_NAME: z.string().min(1).default('Urząd Miasta'),
  /** KPA art. 237 § 1 by default; an office may choose N working days (e.g. WORKING-DAYS-20). */
  ANSWER_RULE: DeadlineRuleNameSchema.default('KPA-237-1-month'),
  /** JSON { version, closures: [{ date, reason }] }: days the office is closed though the law does not free them. */
  OFFICE_CLOSURES_FILE: z.string().min(1).optional(),
  /** How often newly overdue disputes are looked for (the disputeOverdue subscription). */
  OVERDUE_CHECK_MS: z.coerce.number().int().min(10).max(3_600_000).default(60_000),
  READ_YOUR_WRITES_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  /** Lexical tokens of one document: the parser stops counting there, so a huge document costs little to refuse. */
  MAX_QUERY_TOKENS: z.coerce.number().int().min(200).max(100_000).default(2000),
  /** Fields of one operation with its fragments written out (the standard introspection query has 230). */
  MAX_QUERY_FIELDS: z.coerce.number().int().min(250).max(100_000).default(1000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(30),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  MAX_BODY: z.string().default('256kb'),
  /** Checked by the auth module itself (authFromEnv, the token CLI); here so that a wrong value stops the start. */
  MAX_TOKEN_HOURS: MaxTokenHoursSchema,
  /** The largest WebSocket message: a subscription is a small document, and `ws` would take 100 MiB. */
  WS_MAX_PAYLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024)
    .default(64 * 1024),
  /** A socket that has not sent graphql-ws's connection_init (with its token) by then is closed (4408). */
  WS_INIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  /**
   * Requests per RATE_LIMIT_WINDOW_SECONDS to /graphql and /exports: per signed-in user (a clerk's busiest work is a
   * few a second)…
   */
  RATE_LIMIT_PER_USER: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  /** …and per client address, signed in or not (a whole office behind one NAT address shares it). */
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000_000).default(6000),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * Worker threads for whole-period work (the equal-treatment report and its exports, consistency flags, the register):
   * by default one fewer than the machine's cores, at least one, so the server's own thread keeps a core.
   */
  HEAVY_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(16)
    .default(Math.min(4, Math.max(1, availableParallelism() - 1))),
  /** User ids of the office's employees: none may be appointed mediator in its cases (KPA art. 96f § 3). */
  OFFICE_STAFF_IDS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** The equality-monitoring questions the office asks (GDPR art. 9: only what it needs); see docs/equal-treatment.md. */
  EQUALITY_DIMENSIONS: AskedDimensionsSchema.default(equalityDimensions),
  /** Groups smaller than this are suppressed in the equal-treatment report; below 5 it would point at individuals. */
  EQUALITY_MINIMUM_GROUP_SIZE: z.coerce.number().int().min(5).max(1000).default(10),
  /** A browser session ends this many hours after sign-in, however busy (a working day plus some). */
  SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(10),
  /** …and after this many minutes without a request (a computer left at the counter). */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(60),
  /** The built web app; by default dist/web of this package, wherever the server is started from. */
  WEB_DIR: z.string().min(1).optional(),
  /**
   * Behind a reverse proxy that terminates TLS: Express's `trust proxy` (e.g. `loopback`, `1`, an address), so that
   * the client's address (sign-in throttling) and https (the Secure cookie) are read from X-Forwarded-* headers.
   */
  TRUST_PROXY: z.string().min(1).optional(),
  /** How much the server logs (JSON lines, pretty on a terminal): docs/operations.md. */
  LOG_LEVEL: LogLevelSchema,
  /** The bearer credential that reads /metrics from elsewhere than this machine; unset, only loopback may read them. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (a random secret, e.g. `openssl rand -hex 32`)').optional(),
  /** /readyz answers 503 while the oldest event not yet in the read models is older than this. */
  READY_MAX_LAG_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
});

export type ServerConfig = z.output<typeof EnvSchema> & {
  dataDir: string;
  sharedDir: string;
  erasureRegister: string;
  webDir: string;
  env: Record<string, string | undefined>;
};

/** Reads the environment once, at start; a wrong value stops the server with a message naming the variable. */
export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}. Fix the environment variable(s) and start again.`);
  }
  const dataDir = resolve(parsed.data.DATA_DIR);
  const webDir = parsed.data.WEB_DIR ? resolve(parsed.data.WEB_DIR) : join(packageRoot(), 'dist', 'web');
  const sharedDir = parsed.data.SHARED_DIR ? resolve(parsed.data.SHARED_DIR) : dataDir;
  const erasureRegister = erasureRegisterFile(parsed.data.ERASURE_REGISTER, dataDir, sharedDir);
  return { ...parsed.data, dataDir, sharedDir, erasureRegister, webDir, env };
}

/** The folder of package.json above this module, whether it runs from dist/ or from source (tests). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the server: set WEB_DIR to the built web app.');
    dir = parent;
  }
  return dir;
}
