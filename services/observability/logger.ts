import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import { z } from 'zod';
import { AppError } from '../errors.js';

export type { Logger } from 'pino';

export const LogLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
export type LogLevel = z.output<typeof LogLevelSchema>;

/**
 * Wherever a credential or what a person typed could reach a log line, it is censored, whatever the code that logs
 * it meant to do: the request's credentials, a GraphQL document and its variables (inline literals and variables
 * carry names, addresses and passwords), and any field called like a secret or a person's data.
 */
export const redactedPaths = [
  'authorization',
  'cookie',
  'password',
  'token',
  'query',
  'variables',
  'headers',
  '*.authorization',
  '*.cookie',
  '*["set-cookie"]',
  '*.password',
  '*.token',
  '*.query',
  '*.variables',
  '*.headers',
  '*.name',
  '*.email',
  '*.address',
  '*.phone',
];

/**
 * The server's logger: JSON lines (one object per line, for a log collector) unless standard output is a terminal,
 * where pino-pretty prints them for a person. LOG_LEVEL chooses how much. Tests pass their own destination.
 */
export function createLogger({ level = 'info', destination }: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  const options = { level, base: undefined, redact: { paths: redactedPaths, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY) {
    // Loaded only for a terminal: a service writing JSON never pays for it.
    const pretty = createRequire(import.meta.url)('pino-pretty') as (o: object) => DestinationStream;
    return pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true, sync: true }));
  }
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/** The logger of a command-line tool or of a server started without one: LOG_LEVEL from the environment. */
export function loggerFromEnv(env: Record<string, string | undefined> = process.env): Logger {
  const level = LogLevelSchema.safeParse(env.LOG_LEVEL);
  return createLogger({ level: level.success ? level.data : 'info' });
}

/**
 * An error as a log may hold it: its kind, code and stack frames. The message only for our own errors, whose
 * sentences are written without personal data; any other message may quote what a person wrote (a database
 * constraint, graphql-js quoting a variable's value).
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorKind: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return {
    errorKind: error.name,
    ...(typeof code === 'string' ? { errorCode: code } : {}),
    ...(error instanceof AppError ? { errorMessage: error.message } : {}),
    frames,
  };
}
