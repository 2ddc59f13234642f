import type { Request, RequestHandler } from 'express';
import { rateLimit, type Options } from 'express-rate-limit';
import type { Identity } from './identity.js';
import { sendError } from './http-errors.js';

export interface RateLimits {
  /** Requests one signed-in user may send per window, from wherever (a token or a session alike). */
  perUser: number;
  /** Requests one address may send per window, signed in or not (an office behind one NAT address shares it). */
  perAddress: number;
  windowSeconds: number;
  /** Who the request proves, memoised for the request (identifyRequest): the user limit needs it before the body is read. */
  identityOf: (req: Request) => Promise<Identity | null>;
}

type Scope = 'USER' | 'ADDRESS';

const warsawTime = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** What a refused client reads, in English and Polish: who was limited, the limit, and when to try again. */
function refusal(scope: Scope, limit: number, windowSeconds: number, seconds: number, retryAt: Date): string {
  const at = warsawTime.format(retryAt);
  const [from, od] = scope === 'USER' ? ['from this user', 'od tego użytkownika'] : ['from this address', 'z tego adresu'];
  return (
    `Too many requests ${from}: at most ${limit} per ${windowSeconds} s. Try again in ${seconds} s (at ${at} Warsaw time). ` +
    `Zbyt wiele zapytań ${od}: najwyżej ${limit} na ${windowSeconds} s. Spróbuj ponownie za ${seconds} s (o ${at}).`
  );
}

/**
 * The API's rate limits (express-rate-limit, fixed windows in this process's memory): first per address, which costs
 * nothing to check, so a flood is refused before any token is verified; then per user. A refusal is 429 with
 * `Retry-After` (and the draft-8 `RateLimit` headers on every answer), in GraphQL's error shape. Each replica counts
 * its own requests: behind a load balancer the office's limit is the sum.
 */
export function rateLimits({ perUser, perAddress, windowSeconds, identityOf }: RateLimits): RequestHandler[] {
  const common = (scope: Scope, limit: number): Partial<Options> => ({
    windowMs: windowSeconds * 1000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: scope === 'USER' ? 'per-user' : 'per-address',
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowSeconds * 1000) - Date.now()) / 1000));
      // Retry-After is set already, from the same reset time; the body says it for people.
      const retryAt = new Date(Date.now() + seconds * 1000);
      sendError(res, 429, 'RATE_LIMITED', refusal(scope, limit, windowSeconds, seconds, retryAt), {
        scope,
        limit,
        windowSeconds,
        retryAfterSeconds: seconds,
        retryAt: retryAt.toISOString(),
      });
    },
  });
  return [
    rateLimit(common('ADDRESS', perAddress)),
    rateLimit({
      ...common('USER', perUser),
      // A request that proves no one (a wrong token included) is counted by its address only.
      skip: async (req) => (await identityOf(req).catch(() => null)) === null,
      keyGenerator: async (req) => (await identityOf(req))!.actor.userId,
    }),
  ];
}
