import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '../../schema/envelope.js';
import type { Accounts } from '../accounts/accounts.js';
import type { Language } from '../accounts/account-inputs.js';
import { Unauthenticated } from '../errors.js';
import { SIGN_IN_FIRST, type Auth } from './auth.js';

export const SESSION_COOKIE = 'dl_session';

/** Who made a request, and how: a bearer token (API clients) or a browser session (the web app). */
export interface Identity {
  actor: Actor;
  /** The session the request came in, null for a bearer token. */
  session: { id: string; expiresAt: string; language: Language } | null;
}

/**
 * The bearer token when there is one (a wrong token is refused, never passed over for the cookie), else the
 * session cookie; null when neither proves anyone. A session is checked against its account on every request, so
 * a disabled account or a changed role takes effect at once.
 */
export async function identify(
  auth: Auth,
  accounts: Accounts,
  { authorization, sessionId }: { authorization: string | undefined; sessionId: string | null },
): Promise<Identity | null> {
  if (authorization) return { actor: await auth.verify(authorization), session: null };
  if (sessionId === null) return null;
  const owner = accounts.resume(sessionId);
  if (!owner) return null;
  const { userId, name, role, language } = owner.account;
  return { actor: { userId, name, role }, session: { id: sessionId, expiresAt: owner.expiresAt, language } };
}

const identified = new WeakMap<object, Promise<Identity | null>>();

/**
 * `identify` for an HTTP request, once per request however many ask (the per-user rate limit, then the GraphQL context
 * or the export): a token is verified, a session resumed and touched, once.
 */
export function identifyRequest(auth: Auth, accounts: Accounts, req: { headers: IncomingHttpHeaders }): Promise<Identity | null> {
  let identity = identified.get(req);
  if (!identity) {
    identity = identify(auth, accounts, { authorization: req.headers.authorization, sessionId: sessionIdOf(req.headers) });
    identified.set(req, identity);
  }
  return identity;
}

/** The refusal for a request without an identity: a session that ended says so, so the web app can ask to sign in again. */
export function unidentified(sessionId: string | null): Unauthenticated {
  return sessionId === null
    ? new Unauthenticated(SIGN_IN_FIRST)
    : new Unauthenticated('Your session has ended (signed out, expired, or ended by an administrator): sign in again.', {
        reason: 'SESSION_ENDED',
      });
}

/** The session id of the request's cookie, if it has one of the form we issue. */
export function sessionIdOf(headers: IncomingHttpHeaders): string | null {
  for (const pair of (headers.cookie ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = pair.slice(eq + 1).trim();
      // 32 bytes in base64url: anything else is no session of ours and is not looked up.
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}
