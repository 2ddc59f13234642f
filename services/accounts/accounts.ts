import type { Role } from '../../schema/envelope.js';
import { BadInput, NotFound, RuleViolated, Unauthenticated } from '../errors.js';
import type { CreateUserInput, Language, UpdateUserInput } from './account-inputs.js';
import { createAccountStore, type Account } from './account-store.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password-hash.js';
import { createSessionStore } from './session-store.js';
import { createSignInThrottle, type ThrottleKeys } from './sign-in-throttle.js';
import { openUsersDb } from './users-db.js';

/** An account as anyone may read it: never its password hash. Instants in ISO 8601 (UTC). */
export interface UserAccount {
  userId: string;
  name: string;
  role: Role;
  language: Language;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

/** Who a live session belongs to, read afresh from the account, and when the session ends unless used again. */
export interface SessionOwner {
  account: UserAccount;
  expiresAt: string;
}

export interface Accounts {
  /** Opens a session for the right user id and password; the id is for the cookie only. */
  signIn(credentials: { userId: string; password: string }, address: string): Promise<{ sessionId: string } & SessionOwner>;
  /**
   * The owner of a session still valid now, or null; an ended session is deleted. `touch` (by default) counts
   * this as activity, which keeps the session from ending idle; a live update pushed to an open page is not.
   */
  resume(sessionId: string, options?: { touch?: boolean }): SessionOwner | null;
  signOut(sessionId: string): void;
  get(userId: string): UserAccount | null;
  list(): UserAccount[];
  count(): number;
  create(input: CreateUserInput): Promise<UserAccount>;
  /** Disabling an account or changing its role ends its sessions. */
  update(input: UpdateUserInput): UserAccount;
  /** An administrator's reset: ends every session of the user. */
  resetPassword(input: { userId: string; password: string }): Promise<UserAccount>;
  setLanguage(userId: string, language: Language): UserAccount;
  /** Ends the user's other sessions; `keepSessionId` is the one the change was made in. */
  changePassword(
    userId: string,
    change: { currentPassword: string; newPassword: string },
    address: string,
    keepSessionId?: string,
  ): Promise<void>;
  close(): void;
}

export interface AccountsOptions {
  file: string;
  clock: () => Date;
  sessionHours: number;
  idleMinutes: number;
}

const WRONG = 'The user id or the password is not right. Check both and try again.';

export function createAccounts({ file, clock, sessionHours, idleMinutes }: AccountsOptions): Accounts {
  const db = openUsersDb(file);
  const store = createAccountStore(db);
  const sessions = createSessionStore(db);
  const throttle = createSignInThrottle(db, { perUser: 5, perAddress: 20 });
  const idleMs = idleMinutes * 60_000;
  const sessionMs = sessionHours * 3_600_000;
  const now = () => clock().getTime();
  // Made now rather than at the first unknown user id, whose answer would otherwise take twice as long.
  void dummyHash();

  const existing = (userId: string): Account => {
    const account = store.get(userId);
    if (!account) throw new NotFound(`There is no user with the id ${userId}. The list of users shows who exists.`);
    return account;
  };

  /** Counts the attempt as a failure until it succeeds; refuses it while the user id or address is paused. Returns when it was made. */
  const attempt = (keys: ThrottleKeys): number => {
    const at = now();
    const until = throttle.attempt(keys, at);
    if (until === null) return at;
    const retryAt = new Date(until).toISOString();
    throw new Unauthenticated(`Too many failed attempts: wait until ${retryAt} (${Math.ceil((until - at) / 1000)} s), then try again.`, {
      reason: 'THROTTLED',
      retryAt,
    });
  };

  const enabledAdministrators = () => store.list().filter((a) => a.role === 'ADMIN' && !a.disabled).length;

  return {
    async signIn({ userId, password }, address) {
      const keys = { userId, address };
      const attemptedAt = attempt(keys);
      const account = store.get(userId);
      const right = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
      if (!account || !right) throw new Unauthenticated(WRONG, { reason: 'WRONG_CREDENTIALS' });
      throttle.succeeded(keys, attemptedAt);
      // Said only to whoever knows the password, so it tells a guesser nothing.
      if (account.disabled)
        throw new Unauthenticated('This account is disabled. Ask an administrator to enable it.', { reason: 'ACCOUNT_DISABLED' });
      const at = now();
      const changes: Partial<Account> = { lastSignInAt: at };
      if (needsRehash(account.passwordHash)) changes.passwordHash = await hashPassword(password);
      store.update(account.userId, changes);
      sessions.sweep(at, idleMs);
      const sessionId = sessions.begin(account.userId, at, at + sessionMs);
      return {
        sessionId,
        account: view({ ...account, lastSignInAt: at }),
        expiresAt: new Date(Math.min(at + sessionMs, at + idleMs)).toISOString(),
      };
    },

    resume(sessionId, { touch = true } = {}) {
      const at = now();
      const session = sessions.get(sessionId);
      if (!session) return null;
      const account = store.get(session.userId);
      if (at >= session.expiresAt || at >= session.lastSeenAt + idleMs || !account || account.disabled) {
        sessions.end(sessionId);
        return null;
      }
      const lastSeenAt = touch ? at : session.lastSeenAt;
      if (touch) sessions.touch(sessionId, at);
      return { account: view(account), expiresAt: new Date(Math.min(session.expiresAt, lastSeenAt + idleMs)).toISOString() };
    },

    signOut: (sessionId) => sessions.end(sessionId),
    get: (userId) => {
      const account = store.get(userId);
      return account ? view(account) : null;
    },
    list: () => store.list().map(view),
    count: () => store.count(),

    async create({ userId, name, role, password, language }) {
      const account: Account = {
        userId,
        name,
        role,
        language,
        passwordHash: await hashPassword(password),
        disabled: false,
        createdAt: now(),
        lastSignInAt: null,
      };
      if (!store.insert(account)) {
        throw new BadInput(`A user with the id ${userId} already exists: choose another id.`, [{ path: 'userId', message: 'is taken' }]);
      }
      return view(account);
    },

    update({ userId, name, role, disabled }) {
      const account = existing(userId);
      const demoted = role !== undefined && role !== account.role;
      const disabling = disabled === true && !account.disabled;
      if (account.role === 'ADMIN' && !account.disabled && (demoted || disabling) && enabledAdministrators() === 1) {
        throw new RuleViolated(
          'last-administrator',
          'This is the only enabled administrator: make another user an administrator first, or no one could manage users.',
        );
      }
      store.update(account.userId, { name, role, disabled });
      if (demoted || disabling) sessions.endAllOf(account.userId);
      return view(existing(account.userId));
    },

    async resetPassword({ userId, password }) {
      const account = existing(userId);
      store.update(account.userId, { passwordHash: await hashPassword(password) });
      sessions.endAllOf(account.userId);
      return view(account);
    },

    setLanguage(userId, language) {
      const account = existing(userId);
      store.update(account.userId, { language });
      return view({ ...account, language });
    },

    async changePassword(userId, { currentPassword, newPassword }, address, keepSessionId) {
      const account = existing(userId);
      // A session left open on a shared computer must not become a way to guess the password at leisure.
      const keys = { userId: account.userId, address };
      const attemptedAt = attempt(keys);
      if (!(await verifyPassword(currentPassword, account.passwordHash))) {
        throw new BadInput('The current password is not right.', [{ path: 'currentPassword', message: 'is not right' }]);
      }
      throttle.succeeded(keys, attemptedAt);
      store.update(account.userId, { passwordHash: await hashPassword(newPassword) });
      sessions.endAllOf(account.userId, keepSessionId);
    },

    close: () => db.close(),
  };
}

function view({ userId, name, role, language, disabled, createdAt, lastSignInAt }: Account): UserAccount {
  return {
    userId,
    name,
    role,
    language,
    disabled,
    createdAt: new Date(createdAt).toISOString(),
    lastSignInAt: lastSignInAt === null ? null : new Date(lastSignInAt).toISOString(),
  };
}
