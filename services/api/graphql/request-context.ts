import type { CookieOptions, Request, Response } from 'express';
import { GraphQLError, Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { AppError } from '../../errors.js';
import type { Auth } from '../auth.js';
import { identifyRequest, SESSION_COOKIE, sessionIdOf, unidentified } from '../identity.js';
import { createGiveWay, type GiveWay } from '../give-way.js';
import { clientAddress, requestTurns, type Turns } from '../turns.js';
import type { ApiContext, ApiServices, WebRequest } from './context.js';

/** What may be asked without signing in: who am I (null), and signing in. */
const openFields = new Set(['me', 'signIn', '__typename']);

/**
 * The context of a GraphQL request over HTTP: the actor from the bearer token or else the session cookie. A request
 * that proves no one is refused here with 401, as before sessions existed, unless it asks only `me` or `signIn`.
 */
export function graphqlContext(auth: Auth, services: ApiServices, turns: Turns) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<ApiContext> => {
    const sessionId = sessionIdOf(req.headers);
    try {
      const identity = await identifyRequest(auth, services.accounts, req);
      const takeTurn = requestTurns(turns, req, identity?.actor.userId ?? null);
      // A long resolver's later slices wait for turns of their own, charged to the same user as its first.
      const giveWay = createGiveWay(() => takeTurn(0));
      const web: WebRequest = {
        identity,
        address: clientAddress(req),
        takeTurn,
        startSession: (id) => void res.cookie(SESSION_COOKIE, id, cookieOptions(req)),
        endSession: () => void res.clearCookie(SESSION_COOKIE, cookieOptions(req)),
      };
      // A cookie whose session has ended is of no more use to the browser.
      if (sessionId !== null && !req.headers.authorization && identity === null) web.endSession();
      if (identity !== null) return { actor: identity.actor, services, web, giveWay };
      if (!asksOnlyOpenFields(req.method === 'GET' ? req.query : req.body)) throw unidentified(sessionId);
      return anonymous(services, web, giveWay);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new GraphQLError(error.message, {
        extensions: { code: error.code, ...error.details, http: { status: error.code === 'UNAUTHENTICATED' ? 401 : 503 } },
      });
    }
  };
}

/**
 * httpOnly: no script reads it; SameSite=Strict: no other site's page or form sends it (with Apollo's CSRF
 * prevention, what keeps cross-site requests out); Secure whenever the request came over https. No Expires: the
 * cookie goes when the browser closes, and the server ends the session by its own clock anyway.
 */
const cookieOptions = (req: Request): CookieOptions => ({ httpOnly: true, sameSite: 'strict', path: '/', secure: req.secure });

/** A context whose actor, should any resolver but `me` and `signIn` ever be reached, refuses as an unsigned request is refused. */
function anonymous(services: ApiServices, web: WebRequest, giveWay: GiveWay): ApiContext {
  const context = { services, web, giveWay } as ApiContext;
  Object.defineProperty(context, 'actor', {
    get() {
      throw unidentified(null);
    },
  });
  return context;
}

/** Whether the operation the request selects asks nothing but the open fields at its root (through fragments too). */
function asksOnlyOpenFields(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof operationName === 'string'
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation || operation.operation === 'subscription') return false;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const open = (set: SelectionSetNode, seen: ReadonlySet<string>): boolean =>
    set.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return openFields.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return open(selection.selectionSet, seen);
      const fragment = fragments.get(selection.name.value);
      return (
        fragment !== undefined && !seen.has(fragment.name.value) && open(fragment.selectionSet, new Set([...seen, fragment.name.value]))
      );
    });
  return open(operation.selectionSet, new Set());
}
