import type Database from 'better-sqlite3';

/** Failures counted over this window (OWASP: lock out after a few failures, for a while, not for ever). */
export const FAILURE_WINDOW_MS = 15 * 60_000;
const FIRST_PAUSE_MS = 30_000;
const LONGEST_PAUSE_MS = 15 * 60_000;

export interface ThrottleLimits {
  /** Failures for one user id in the window before a pause (5). */
  perUser: number;
  /**
   * Failures from one client address: higher, because a whole office may reach the server through one address
   * (a NAT or a proxy without `TRUST_PROXY`), and one clerk's typos must not lock out the others.
   */
  perAddress: number;
}

/**
 * Guessing passwords made slow (OWASP ASVS 2.2.1): after `limit` failures within 15 minutes for one user id (any
 * id, known or not, so the pause tells nothing about which exist) or from one address, the next attempt must wait
 * 30 s, then 1, 2, 4… minutes per further failure, at most 15. Kept in the accounts file, so replicas share it and a
 * restart does not reset it.
 */
export interface SignInThrottle {
  /**
   * When paused, the moment the next attempt may be made (epoch ms), and nothing is recorded. Otherwise null, and the
   * attempt is counted as a failure at once, before the password is checked: attempts sent all together cannot slip
   * past the count while their hashes are being computed.
   */
  attempt(keys: ThrottleKeys, now: number): number | null;
  /** The attempt made at `at` succeeded: the user id's failures are forgiven, and the address's count loses that one. */
  succeeded(keys: ThrottleKeys, at: number): void;
}

export interface ThrottleKeys {
  userId: string;
  address: string;
}

export function createSignInThrottle(db: Database.Database, limits: ThrottleLimits): SignInThrottle {
  const recent = db.prepare<[string, number], { at: number }>('SELECT at FROM sign_in_failures WHERE key = ? AND at > ? ORDER BY at');
  const insert = db.prepare('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)');
  const forget = db.prepare('DELETE FROM sign_in_failures WHERE key = ?');
  const withdraw = db.prepare(
    'DELETE FROM sign_in_failures WHERE rowid = (SELECT rowid FROM sign_in_failures WHERE key = ? AND at = ? LIMIT 1)',
  );
  const prune = db.prepare('DELETE FROM sign_in_failures WHERE at <= ?');
  const keysOf = ({ userId, address }: ThrottleKeys) => [
    { key: `user:${userId.toLowerCase()}`, limit: limits.perUser },
    { key: `address:${address}`, limit: limits.perAddress },
  ];

  const until = (key: string, limit: number, now: number): number | null => {
    const failures = recent.all(key, now - FAILURE_WINDOW_MS);
    if (failures.length < limit) return null;
    const pause = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (failures.length - limit));
    const end = failures.at(-1)!.at + pause;
    return end > now ? end : null;
  };

  return {
    attempt: db.transaction((keys: ThrottleKeys, now: number): number | null => {
      const ends = keysOf(keys)
        .map(({ key, limit }) => until(key, limit, now))
        .filter((end): end is number => end !== null);
      if (ends.length > 0) return Math.max(...ends);
      prune.run(now - FAILURE_WINDOW_MS);
      for (const { key } of keysOf(keys)) insert.run(key, now);
      return null;
    }),
    succeeded: db.transaction((keys: ThrottleKeys, at: number) => {
      const [user, address] = keysOf(keys);
      forget.run(user!.key);
      withdraw.run(address!.key, at);
    }),
  };
}
