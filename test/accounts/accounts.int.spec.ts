import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccounts, type Accounts } from '../../services/accounts/accounts.js';
import { controlledClock } from '../support/controlled-clock.js';
import { tempDataDir } from '../support/test-server.js';

const anna = {
  userId: 'anna.nowak',
  name: 'Anna Żółkiewska',
  role: 'CLERK' as const,
  password: 'Zażółć gęślą jaźń!',
  language: 'PL' as const,
};
const address = '192.0.2.10';

describe('accounts and sessions in users.sqlite', () => {
  const time = controlledClock('2026-03-02T08:00:00+01:00');
  let dir: string;
  let accounts: Accounts;
  beforeEach(() => {
    time.set('2026-03-02T08:00:00+01:00');
    dir = tempDataDir();
    accounts = createAccounts({ file: join(dir, 'users.sqlite'), clock: time.clock, sessionHours: 10, idleMinutes: 60 });
  });
  afterEach(() => accounts.close());
  const later = (minutes: number) => time.set(new Date(time.clock().getTime() + minutes * 60_000).toISOString());

  it('creates an account whose password only the hash remembers, in a file only the service account may read', async () => {
    const created = await accounts.create(anna);
    expect(created).toEqual({
      userId: 'anna.nowak',
      name: 'Anna Żółkiewska',
      role: 'CLERK',
      language: 'PL',
      disabled: false,
      createdAt: '2026-03-02T07:00:00.000Z',
      lastSignInAt: null,
    });
    const db = new Database(join(dir, 'users.sqlite'), { readonly: true });
    const row = db.prepare('SELECT password_hash FROM accounts').get() as { password_hash: string };
    db.close();
    expect(row.password_hash).toMatch(/^scrypt\$N=32768,r=8,p=1\$/);
    expect(row.password_hash).not.toContain(anna.password);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'users.sqlite')).mode & 0o077).toBe(0);
  });

  it('refuses a second account with the same user id, whatever its letter case', async () => {
    await accounts.create(anna);
    await expect(accounts.create({ ...anna, userId: 'Anna.Nowak' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('already exists'),
    });
  });

  it('signs in with the right password, stores only the SHA-256 of the session id, and resumes the session', async () => {
    await accounts.create(anna);
    const { sessionId, account } = await accounts.signIn({ userId: 'ANNA.NOWAK', password: anna.password }, address);
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(account).toMatchObject({ userId: 'anna.nowak', lastSignInAt: '2026-03-02T07:00:00.000Z' });
    const db = new Database(join(dir, 'users.sqlite'), { readonly: true });
    const stored = db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: Buffer }[];
    db.close();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id_hash).toHaveLength(32);
    expect(stored[0]!.id_hash.toString('base64url')).not.toBe(sessionId);
    expect(accounts.resume(sessionId)).toEqual({
      account: expect.objectContaining({ userId: 'anna.nowak' }),
      expiresAt: '2026-03-02T08:00:00.000Z',
    });
  });

  it('answers a wrong password and an unknown user id with the same error', async () => {
    await accounts.create(anna);
    const wrongPassword = await accounts.signIn({ userId: anna.userId, password: 'not her password' }, address).catch((e: unknown) => e);
    const unknownUser = await accounts.signIn({ userId: 'nobody', password: anna.password }, address).catch((e: unknown) => e);
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'WRONG_CREDENTIALS' } });
    expect(unknownUser).toEqual(wrongPassword);
    expect((unknownUser as Error).message).toBe((wrongPassword as Error).message);
  });

  it('ends a session after 60 idle minutes, deleting it', async () => {
    await accounts.create(anna);
    const { sessionId } = await accounts.signIn(anna, address);
    later(59);
    expect(accounts.resume(sessionId)).not.toBeNull();
    later(59);
    expect(accounts.resume(sessionId)).not.toBeNull();
    later(60);
    expect(accounts.resume(sessionId)).toBeNull();
    later(-60);
    expect(accounts.resume(sessionId)).toBeNull();
  });

  it('ends a session 10 hours after sign-in however busy, and says when it will end', async () => {
    await accounts.create(anna);
    const { sessionId } = await accounts.signIn(anna, address);
    // Used every 50 minutes, 11 times: 9 h 10 min.
    for (let use = 0; use < 11; use++) {
      later(50);
      expect(accounts.resume(sessionId)).not.toBeNull();
    }
    later(49);
    expect(accounts.resume(sessionId)?.expiresAt).toBe('2026-03-02T17:00:00.000Z');
    later(1);
    expect(accounts.resume(sessionId)).toBeNull();
  });

  it('refuses a disabled account at once: its sessions end, and signing in says it is disabled', async () => {
    await accounts.create(anna);
    const { sessionId } = await accounts.signIn(anna, address);
    accounts.update({ userId: anna.userId, disabled: true });
    expect(accounts.resume(sessionId)).toBeNull();
    await expect(accounts.signIn(anna, address)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      details: { reason: 'ACCOUNT_DISABLED' },
    });
    accounts.update({ userId: anna.userId, disabled: false });
    await expect(accounts.signIn(anna, address)).resolves.toMatchObject({ account: { disabled: false } });
  });

  it('ends the sessions of a user whose role changes, but not when only the name does', async () => {
    await accounts.create(anna);
    const first = await accounts.signIn(anna, address);
    accounts.update({ userId: anna.userId, name: 'Anna Nowak-Żółkiewska' });
    expect(accounts.resume(first.sessionId)?.account.name).toBe('Anna Nowak-Żółkiewska');
    accounts.update({ userId: anna.userId, role: 'SUPERVISOR' });
    expect(accounts.resume(first.sessionId)).toBeNull();
  });

  it('keeps at least one enabled administrator', async () => {
    await accounts.create({ ...anna, userId: 'admin', role: 'ADMIN' });
    expect(() => accounts.update({ userId: 'admin', disabled: true })).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATED', rule: 'last-administrator' }),
    );
    expect(() => accounts.update({ userId: 'admin', role: 'CLERK' })).toThrow(/only enabled administrator/);
    await accounts.create({ ...anna, userId: 'admin2', role: 'ADMIN' });
    expect(accounts.update({ userId: 'admin', role: 'CLERK' }).role).toBe('CLERK');
  });

  it('pauses sign-in for a user id after 5 failures in 15 minutes, 30 s then doubling, with the time to try again', async () => {
    await accounts.create(anna);
    for (let i = 0; i < 5; i++)
      await expect(accounts.signIn({ userId: anna.userId, password: `wrong ${i}` }, address)).rejects.toMatchObject({
        details: { reason: 'WRONG_CREDENTIALS' },
      });
    const throttled = await accounts.signIn(anna, address).catch((e: unknown) => e);
    expect(throttled).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'THROTTLED', retryAt: '2026-03-02T07:00:30.000Z' } });
    expect((throttled as Error).message).toMatch(/Too many failed attempts: wait until 2026-03-02T07:00:30.000Z \(30 s\)/);
    time.set('2026-03-02T08:00:31+01:00');
    await expect(accounts.signIn({ userId: anna.userId, password: 'wrong again' }, address)).rejects.toMatchObject({
      details: { reason: 'WRONG_CREDENTIALS' },
    });
    await expect(accounts.signIn(anna, address)).rejects.toMatchObject({
      details: { reason: 'THROTTLED', retryAt: '2026-03-02T07:01:31.000Z' },
    });
    time.set('2026-03-02T08:01:32+01:00');
    await expect(accounts.signIn(anna, address)).resolves.toMatchObject({ account: { userId: 'anna.nowak' } });
    // Forgiven on success: the next typo does not pause her again.
    await expect(accounts.signIn({ userId: anna.userId, password: 'typo' }, address)).rejects.toMatchObject({
      details: { reason: 'WRONG_CREDENTIALS' },
    });
    await expect(accounts.signIn(anna, address)).resolves.toBeDefined();
  });

  it('counts attempts sent all at once before their hashes are computed: of 8 guesses together, 5 are checked', async () => {
    await accounts.create(anna);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        accounts
          .signIn({ userId: anna.userId, password: `guess ${i}` }, address)
          .catch((e: { details: { reason: string } }) => e.details.reason),
      ),
    );
    expect(answers.filter((r) => r === 'WRONG_CREDENTIALS')).toHaveLength(5);
    expect(answers.filter((r) => r === 'THROTTLED')).toHaveLength(3);
  });

  it('pauses unknown user ids the same way, so the pause tells no one which accounts exist', async () => {
    for (let i = 0; i < 5; i++) await accounts.signIn({ userId: 'ghost', password: 'whatever it is' }, address).catch(() => undefined);
    await expect(accounts.signIn({ userId: 'ghost', password: 'whatever it is' }, address)).rejects.toMatchObject({
      details: { reason: 'THROTTLED' },
    });
  });

  it('pauses an address after 20 failures over any user ids, and not other addresses', async () => {
    await accounts.create(anna);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        accounts.signIn({ userId: `guess-${i}`, password: 'password123456' }, address).catch(() => undefined),
      ),
    );
    await expect(accounts.signIn(anna, address)).rejects.toMatchObject({ details: { reason: 'THROTTLED' } });
    await expect(accounts.signIn(anna, '192.0.2.11')).resolves.toBeDefined();
    later(16);
    await expect(accounts.signIn(anna, address)).resolves.toBeDefined();
    // 23 scrypt hashes of 32 MiB: a second or more each on a loaded machine.
  }, 120_000);

  it('changes a password with the current one, ending the other sessions but not this one', async () => {
    await accounts.create(anna);
    const here = await accounts.signIn(anna, address);
    const elsewhere = await accounts.signIn(anna, address);
    await expect(
      accounts.changePassword(
        anna.userId,
        { currentPassword: 'not the current one', newPassword: 'Nowe hasło, długie!' },
        address,
        here.sessionId,
      ),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'currentPassword', message: 'is not right' }],
    });
    await accounts.changePassword(
      anna.userId,
      { currentPassword: anna.password, newPassword: 'Nowe hasło, długie!' },
      address,
      here.sessionId,
    );
    expect(accounts.resume(here.sessionId)).not.toBeNull();
    expect(accounts.resume(elsewhere.sessionId)).toBeNull();
    await expect(accounts.signIn(anna, address)).rejects.toMatchObject({ details: { reason: 'WRONG_CREDENTIALS' } });
    await expect(accounts.signIn({ userId: anna.userId, password: 'Nowe hasło, długie!' }, address)).resolves.toBeDefined();
  });

  it('lets an administrator reset a password, ending every session of that user', async () => {
    await accounts.create(anna);
    const { sessionId } = await accounts.signIn(anna, address);
    await accounts.resetPassword({ userId: anna.userId, password: 'Hasło od administratora' });
    expect(accounts.resume(sessionId)).toBeNull();
    await expect(accounts.signIn({ userId: anna.userId, password: 'Hasło od administratora' }, address)).resolves.toBeDefined();
  });

  it('keeps the chosen language, and says which user does not exist', async () => {
    await accounts.create(anna);
    expect(accounts.setLanguage(anna.userId, 'EN').language).toBe('EN');
    expect(accounts.get(anna.userId)?.language).toBe('EN');
    expect(() => accounts.setLanguage('nobody', 'EN')).toThrow('There is no user with the id nobody.');
    expect(existsSync(join(dir, 'users.sqlite'))).toBe(true);
  });
});
