import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { roles, type Actor } from '../../schema/envelope.js';
import { createLocalAuth, MaxTokenHoursSchema } from './auth.js';
import { createFilesPrivately, looselyKept } from '../privacy/private-files.js';

export const usage = `Usage: npm run token -- --role <${roles.join('|')}> --user <user id> --name "<full name>" [--expires 12h] [--data-dir ./data]`;

export interface TokenRequest {
  actor: Actor;
  expiresIn: string;
  dataDir: string;
}

/** The arguments are wrong: the message says which, and the usage line follows it. */
export class UsageError extends Error {}

const required = { error: 'is required' };
const ArgsSchema = z.object({
  role: z.enum(roles, { error: `must be one of ${roles.join(', ')}` }),
  user: z.string(required).trim().min(1, required),
  name: z.string(required).trim().min(1, required),
  // A subset of what jose accepts, enough for a local token and unambiguous.
  expires: z
    .string()
    .regex(/^[1-9]\d*[smhdw]$/, 'must be a number and a unit (s, m, h, d or w), e.g. 30m, 12h, 7d')
    .default('12h'),
  'data-dir': z.string().min(1),
});

export function parseTokenArgs(argv: readonly string[], env: Record<string, string | undefined>): TokenRequest {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string' },
        user: { type: 'string' },
        name: { type: 'string' },
        expires: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const parsed = ArgsSchema.safeParse({ ...values, 'data-dir': values['data-dir'] ?? env.SHARED_DIR ?? env.DATA_DIR ?? './data' });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; '));
  const { role, user, name, expires, 'data-dir': dataDir } = parsed.data;
  return { actor: { userId: user, name, role }, expiresIn: expires, dataDir };
}

/** Prints the token as the last line of `out` (for scripts) and the explanation on `err`. Returns the exit code. */
export async function runTokenCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  io: { out(line: string): void; err(line: string): void },
): Promise<number> {
  let request: TokenRequest;
  try {
    request = parseTokenArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n${usage}`);
    return 2;
  }
  const { actor, expiresIn, dataDir } = request;
  for (const line of looselyKept(dataDir)) io.err(line);
  const token = await createLocalAuth({ dataDir, maxTokenHours: MaxTokenHoursSchema.parse(env.MAX_TOKEN_HOURS) }).issueToken(actor, {
    expiresIn,
  });
  // The user id and role only: the name is personal data and the token is a credential, neither goes to a log.
  io.err(`Token for user ${actor.userId} with role ${actor.role}, valid for ${expiresIn}, for the server whose data folder is ${dataDir}:`);
  io.out(token);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  createFilesPrivately();
  process.exitCode = await runTokenCli(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  }).catch((error: Error) => {
    console.error(`Could not issue a token: ${error.message}`);
    return 1;
  });
}
