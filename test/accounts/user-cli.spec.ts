import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAccounts } from '../../services/accounts/accounts.js';
import { runUserCli } from '../../services/accounts/user-cli.js';
import { tempDataDir } from '../support/test-server.js';

/** The command as a script runs it: arguments, the environment, the password piped on standard input. */
async function run(argv: string[], { dataDir, stdin = '' }: { dataDir: string; stdin?: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUserCli(
    argv,
    { DATA_DIR: dataDir },
    { out: (l) => out.push(l), err: (l) => err.push(l), stdin: Readable.from([Buffer.from(stdin)]) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const signInWith = async (dataDir: string, userId: string, password: string) => {
  const accounts = createAccounts({ file: join(dataDir, 'users.sqlite'), clock: () => new Date(), sessionHours: 10, idleMinutes: 60 });
  try {
    return await accounts.signIn({ userId, password }, '127.0.0.1');
  } finally {
    accounts.close();
  }
};

describe('npm run user', () => {
  it('adds a user whose password is read from standard input (one final line break dropped)', async () => {
    const dataDir = tempDataDir();
    const added = await run(['add', '--role', 'CLERK', '--user', 'u1', '--name', 'Anna Nowak-Żółkiewska', '--language', 'EN'], {
      dataDir,
      stdin: 'Zażółć gęślą jaźń!\n',
    });
    expect(added).toEqual({ code: 0, out: '', err: 'User u1 (CLERK, EN) created: they can sign in at the web app.' });
    const { account } = await signInWith(dataDir, 'u1', 'Zażółć gęślą jaźń!');
    expect(account).toMatchObject({ userId: 'u1', name: 'Anna Nowak-Żółkiewska', role: 'CLERK', language: 'EN' });
  });

  it('lists users, disables and enables them, and sets a new password, in plain sentences', async () => {
    const dataDir = tempDataDir();
    await run(['add', '--role', 'ADMIN', '--user', 'admin', '--name', 'Zbigniew Ćwik'], { dataDir, stdin: 'hasło administratora' });
    await run(['add', '--role', 'MEDIATOR', '--user', 'm1', '--name', 'Łucja Mędrzecka'], { dataDir, stdin: 'hasło mediatorki' });
    const listed = await run(['list'], { dataDir });
    expect(listed.out.split('\n')).toEqual([
      'admin\tADMIN\tPL\tenabled\tnever signed in\tZbigniew Ćwik',
      'm1\tMEDIATOR\tPL\tenabled\tnever signed in\tŁucja Mędrzecka',
    ]);
    expect(await run(['disable', '--user', 'm1'], { dataDir })).toMatchObject({
      code: 0,
      err: 'User m1 is disabled: they cannot sign in, and their sessions have ended.',
    });
    await expect(signInWith(dataDir, 'm1', 'hasło mediatorki')).rejects.toMatchObject({ details: { reason: 'ACCOUNT_DISABLED' } });
    expect(await run(['enable', '--user', 'm1'], { dataDir })).toMatchObject({
      code: 0,
      err: 'User m1 is enabled: they can sign in again.',
    });
    expect(await run(['passwd', '--user', 'm1'], { dataDir, stdin: 'nowe hasło mediatorki\r\n' })).toMatchObject({ code: 0 });
    await expect(signInWith(dataDir, 'm1', 'nowe hasło mediatorki')).resolves.toBeDefined();
  });

  it('refuses, with a sentence and exit code 1, what cannot be done', async () => {
    const dataDir = tempDataDir();
    expect(await run(['add', '--role', 'CLERK', '--user', 'u1', '--name', 'Anna Nowak'], { dataDir, stdin: 'za krótkie' })).toEqual({
      code: 1,
      out: '',
      err: 'The password must be at least 12 characters long: nothing was changed.',
    });
    await run(['add', '--role', 'ADMIN', '--user', 'u1', '--name', 'Anna Nowak'], { dataDir, stdin: 'wystarczająco długie' });
    expect(
      await run(['add', '--role', 'CLERK', '--user', 'U1', '--name', 'Ktoś Inny'], { dataDir, stdin: 'wystarczająco długie' }),
    ).toMatchObject({
      code: 1,
      err: 'A user with the id U1 already exists: choose another id.',
    });
    expect(await run(['disable', '--user', 'u1'], { dataDir })).toMatchObject({
      code: 1,
      err: expect.stringContaining('only enabled administrator'),
    });
    expect(await run(['enable', '--user', 'nobody'], { dataDir })).toMatchObject({
      code: 1,
      err: 'There is no user with the id nobody. The list of users shows who exists.',
    });
  });

  it('explains wrong arguments with the usage, exit code 2', async () => {
    const dataDir = tempDataDir();
    const missing = await run(['add', '--user', 'u1'], { dataDir });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^add needs --role, --name\.\nUsage:/);
    expect((await run(['add', '--role', 'KING', '--user', 'u1', '--name', 'X'], { dataDir })).err).toMatch(
      /^--role must be one of CLERK, MEDIATOR, SUPERVISOR, OMBUDSMAN, ADMIN/,
    );
    expect((await run([], { dataDir })).err).toMatch(/^Say what to do: add, list, disable, enable or passwd\./);
    expect((await run(['list', '--colour'], { dataDir })).code).toBe(2);
  });
});
