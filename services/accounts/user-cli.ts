import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReadStream } from 'node:tty';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { roles } from '../../schema/envelope.js';
import { configFromEnv } from '../api/config.js';
import { AppError } from '../errors.js';
import { createFilesPrivately, makePrivateFolder } from '../privacy/private-files.js';
import { CreateUserInputSchema, LanguageSchema, PasswordSchema, UserIdSchema } from './account-inputs.js';
import { createAccounts, type Accounts } from './accounts.js';

export const usage = [
  'Usage:',
  `  npm run user -- add --role <${roles.join('|')}> --user <user id> --name "<full name>" [--language PL|EN]   (password on standard input)`,
  '  npm run user -- list',
  '  npm run user -- disable --user <user id>',
  '  npm run user -- enable --user <user id>',
  '  npm run user -- passwd --user <user id>   (password on standard input)',
  'Each also takes --data-dir <folder> (default: SHARED_DIR, else DATA_DIR, else ./data: where the server keeps users.sqlite).',
].join('\n');

/** How `npm start` tells a new installation to make its first account. */
export function firstAdministratorCommand(sharedDir: string): string {
  const where = resolve(sharedDir) === resolve('data') ? '' : ` --data-dir '${sharedDir}'`;
  return `npm run user -- add --role ADMIN --user admin --name "Imię Nazwisko"${where}`;
}

export interface UserCliIo {
  out(line: string): void;
  err(line: string): void;
  /** Standard input: read whole when piped, or asked for without echo when a terminal. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** What the command cannot do as asked (a password too short, two that differ): the sentence says why. */
class Refusal extends Error {}

const commands = ['add', 'list', 'disable', 'enable', 'passwd'] as const;
const required = { error: 'is required' };
const ArgsSchema = z.object({
  command: z.enum(commands, { error: `must be one of ${commands.join(', ')}` }),
  role: z.enum(roles, { error: `must be one of ${roles.join(', ')}` }).optional(),
  user: UserIdSchema.optional(),
  name: z.string().trim().min(1, required).optional(),
  language: LanguageSchema.optional(),
});

/** Returns the exit code: 0 done, 1 refused (the sentence says why), 2 wrong arguments. */
export async function runUserCli(argv: readonly string[], env: Record<string, string | undefined>, io: UserCliIo): Promise<number> {
  let args: z.output<typeof ArgsSchema>;
  let dataDir: string;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string' },
        user: { type: 'string' },
        name: { type: 'string' },
        language: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1)
      throw new Error(
        positionals.length === 0
          ? 'Say what to do: add, list, disable, enable or passwd.'
          : `One command at a time (got ${positionals.join(' ')}).`,
      );
    const parsed = ArgsSchema.safeParse({ command: positionals[0], ...values });
    if (!parsed.success)
      throw new Error(
        parsed.error.issues.map((i) => `${i.path[0] === 'command' ? 'The command' : `--${i.path.join('.')}`} ${i.message}`).join('; '),
      );
    args = parsed.data;
    const missing = (['role', 'user', 'name'] as const).filter(
      (option) => needs[args.command].includes(option) && args[option] === undefined,
    );
    if (missing.length > 0) throw new Error(`${args.command} needs ${missing.map((m) => `--${m}`).join(', ')}.`);
    dataDir = values['data-dir'] ?? configFromEnv(env).sharedDir;
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }

  makePrivateFolder(dataDir);
  const config = configFromEnv(env);
  const accounts = createAccounts({
    file: join(dataDir, 'users.sqlite'),
    clock: () => new Date(),
    sessionHours: config.SESSION_HOURS,
    idleMinutes: config.SESSION_IDLE_MINUTES,
  });
  try {
    await perform(accounts, args, io);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError || error instanceof Refusal)) throw error;
    io.err(error.message);
    return 1;
  } finally {
    accounts.close();
  }
}

const needs: Record<(typeof commands)[number], readonly string[]> = {
  add: ['role', 'user', 'name'],
  list: [],
  disable: ['user'],
  enable: ['user'],
  passwd: ['user'],
};

async function perform(
  accounts: Accounts,
  { command, role, user, name, language }: z.output<typeof ArgsSchema>,
  io: UserCliIo,
): Promise<void> {
  switch (command) {
    case 'add': {
      const input = CreateUserInputSchema.safeParse({ userId: user, name, role, language, password: await readPassword(io) });
      if (!input.success)
        throw new Refusal(`Nothing was created: ${input.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; ')}.`);
      const account = await accounts.create(input.data);
      io.err(`User ${account.userId} (${account.role}, ${account.language}) created: they can sign in at the web app.`);
      return;
    }
    case 'passwd':
      await accounts.resetPassword({ userId: user!, password: await readPassword(io) });
      io.err(`The password of ${user} is changed; their open sessions have ended.`);
      return;
    case 'disable':
    case 'enable': {
      const account = accounts.update({ userId: user!, disabled: command === 'disable' });
      io.err(
        account.disabled
          ? `User ${account.userId} is disabled: they cannot sign in, and their sessions have ended.`
          : `User ${account.userId} is enabled: they can sign in again.`,
      );
      return;
    }
    case 'list': {
      const all = accounts.list();
      if (all.length === 0)
        io.err('There are no users yet. Add the first administrator with: npm run user -- add --role ADMIN --user admin --name "…"');
      for (const a of all)
        io.out([a.userId, a.role, a.language, a.disabled ? 'disabled' : 'enabled', a.lastSignInAt ?? 'never signed in', a.name].join('\t'));
      return;
    }
  }
}

/** The whole of standard input (one final line break dropped) when piped; typed twice without echo at a terminal. */
async function readPassword(io: UserCliIo): Promise<string> {
  let password: string;
  if (io.stdin.isTTY) {
    password = await promptHidden('Password (at least 12 characters): ', io.stdin as ReadStream);
    if ((await promptHidden('The same password again: ', io.stdin as ReadStream)) !== password)
      throw new Refusal('The two passwords differ: nothing was changed. Run the command again.');
  } else {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
    password = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  const checked = PasswordSchema.safeParse(password);
  if (!checked.success) throw new Refusal(`The password ${checked.error.issues[0]!.message}: nothing was changed.`);
  return password;
}

function promptHidden(prompt: string, input: ReadStream): Promise<string> {
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolvePassword, reject) => {
    let typed: string[] = [];
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const key of chunk) {
        if (key === '\r' || key === '\n' || key === '\u0004') {
          finish();
          return resolvePassword(typed.join(''));
        }
        if (key === '\u0003') {
          finish();
          return reject(new Refusal('Cancelled: nothing was changed.'));
        }
        if (key === '\u007f' || key === '\b') typed = typed.slice(0, -1);
        else typed.push(key);
      }
    };
    input.on('data', onData);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  createFilesPrivately();
  process.exitCode = await runUserCli(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    stdin: process.stdin,
  }).catch((error: Error) => {
    console.error(`The command failed: ${error.message}`);
    return 1;
  });
}
