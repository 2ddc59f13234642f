import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import type { IncomingMessage } from 'node:http';
import { AppError, Unauthenticated } from '../../errors.js';
import type { Auth } from '../auth.js';
import { identify, sessionIdOf, unidentified, type Identity } from '../identity.js';
import { tooComplex } from '../graphql/complexity-plugin.js';
import type { ApiContext, ApiServices } from '../graphql/context.js';
import type { ErrorFormatter } from '../graphql/errors.js';
import { createGiveWay } from '../give-way.js';
import type { Logger } from '../../observability/logger.js';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  auth: Auth;
  services: ApiServices;
  /** The depth, size, alias and directive limits HTTP applies (services/api/graphql/limits.ts). */
  documentRule: ValidationRule;
  /** The server's error formatter, as HTTP uses it (services/api/graphql/errors.ts). */
  formatError: ErrorFormatter;
  maxTokens: number;
  maxComplexity: number;
  /** The largest message a socket may send, in bytes (WS_MAX_PAYLOAD_BYTES). */
  maxPayload: number;
  /** How long a socket may stay open without connection_init (WS_INIT_TIMEOUT_MS). */
  initTimeoutMs: number;
  /** The app's clock, which sessions are timed by. */
  clock: () => Date;
  log: Pick<Logger, 'warn'>;
}

const ConnectionParams = z.object({ authorization: z.string().max(10_000) }).loose();
/** graphql-ws's codes for a refused connection; WebSocket close reasons are limited to 123 bytes. */
const UNAUTHENTICATED = 4401;
const FORBIDDEN = 4403;
const reasonOf = (message: string) =>
  Buffer.from(message)
    .subarray(0, 123)
    .toString('utf8')
    .replace(/\uFFFD$/, '');

/**
 * GraphQL subscriptions (graphql-ws) on the API's own HTTP server and path. The bearer token travels in
 * connectionParams, as browsers cannot set headers on a WebSocket; without one, the web app's session cookie,
 * which the browser sends with the upgrade, counts only when the page that opened the socket is this server's own
 * (Origin = Host): SameSite does not guard WebSockets, so any site could otherwise open one in its visitor's name
 * (cross-site WebSocket hijacking). A refused connection is closed with 4401 (or 4403 for another site) and the
 * reason. A session is checked again at every subscription and before every update, so one that ends, or whose
 * account is disabled, stops receiving at once. Documents pass the same token, depth, size and complexity limits as over HTTP; errors take the same shape.
 */
export function attachSubscriptions(
  server: Server,
  {
    schema,
    auth,
    services,
    documentRule,
    formatError,
    maxTokens,
    maxComplexity,
    maxPayload,
    initTimeoutMs,
    clock,
    log,
  }: SubscriptionServerOptions,
): () => Promise<void> {
  // A message larger than maxPayload closes the socket (1009) before it is buffered whole, signed in or not.
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload });
  const identities = new WeakMap<object, Identity>();
  /** When each connection's proof of identity ends: its token's `exp`, or its session's absolute end. */
  const endsAt = new WeakMap<object, number>();
  // A token's expiry is checked against real time (as jose verifies it); a session's end was set by the app's clock.
  const nowFor = (identity: Identity): number => (identity.session ? clock().getTime() : Date.now());
  /**
   * Why the connection may no longer receive (its token expired, its session ended), closing the socket; null while it
   * may. An expired token is no proof any more: a subscription opened with it must not outlive it.
   */
  const endedFor = (
    ctx: { extra: { socket: { close(code: number, reason: string): void } } },
    identity: Identity,
    touch: boolean,
  ): AppError | null => {
    const end = endsAt.get(ctx);
    const ended =
      end !== undefined && nowFor(identity) >= end
        ? expired(identity)
        : identity.session && !services.accounts.resume(identity.session.id, { touch })
          ? unidentified(identity.session.id)
          : null;
    if (ended) ctx.extra.socket.close(UNAUTHENTICATED, reasonOf(`${ended.code}: ${ended.message}`));
    return ended;
  };
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  const cleanup = useServer(
    {
      schema,
      // An internal error closes the socket (4500) saying only "Internal server error", never its message (which may name
      // a file or a value), whatever NODE_ENV is.
      isProd: true,
      // graphql-ws closes a socket that has not sent connection_init by then (4408): an idle socket costs memory.
      connectionInitWaitTimeout: initTimeoutMs,
      // Parsed and checked here rather than by graphql-ws, which validates without the variables a cost depends on.
      onSubscribe(_ctx, _id, { query, variables, operationName }) {
        let document: DocumentNode;
        try {
          document = parse(query, { maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const invalid = validate(schema, document, [...specifiedRules, documentRule]);
        if (invalid.length > 0) return invalid;
        try {
          const refusal = tooComplex(schema, maxComplexity, document, variables, operationName);
          if (refusal) return [refusal];
        } catch (error) {
          // Variables that do not fit the document: the client's to fix.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return { schema, document, variableValues: variables, operationName };
      },
      async onConnect(ctx) {
        try {
          const params = ConnectionParams.safeParse(ctx.connectionParams ?? {});
          const authorization = params.success ? params.data.authorization : undefined;
          const sessionId = sessionIdOf(ctx.extra.request.headers);
          if (!authorization && sessionId !== null && !sameOrigin(ctx.extra.request)) {
            ctx.extra.socket.close(
              FORBIDDEN,
              reasonOf('FORBIDDEN: a session cookie counts only on a socket opened by this server’s own pages.'),
            );
            return false;
          }
          const identity = await identify(auth, services.accounts, { authorization, sessionId });
          if (!identity) throw unidentified(sessionId);
          identities.set(ctx, identity);
          const end = endOf(identity, authorization);
          if (end !== null) {
            endsAt.set(ctx, end);
            // Closed at the end even when nothing is sent meanwhile; endedFor also checks before every update. A timer
            // may fire a millisecond before the clock reads its moment, when endedFor finds nothing ended: wait again.
            const closeAtEnd = () => {
              const left = end - nowFor(identity);
              if (left > 0) timer = setTimeout(closeAtEnd, left);
              else endedFor(ctx, identity, false);
            };
            let timer = setTimeout(closeAtEnd, Math.max(0, end - nowFor(identity)));
            ctx.extra.socket.once('close', () => clearTimeout(timer));
          }
          return true;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          ctx.extra.socket.close(UNAUTHENTICATED, reasonOf(`${error.code}: ${error.message}`));
          return false;
        }
      },
      context: (ctx, _id, payload): ApiContext => {
        const identity = identities.get(ctx)!;
        // A new subscription is the user's doing: it counts as activity.
        const ended = endedFor(ctx, identity, true);
        if (ended) throw ended;
        return {
          actor: identity.actor,
          services,
          operation: `subscription ${payload.operationName ?? ''}`.trim(),
          giveWay: createGiveWay(),
        };
      },
      onNext: async (ctx, _id, _payload, _args, result) => {
        // The reads of personal data this update recorded are on disk before it is sent.
        await services.audit.recorded();
        const identity = identities.get(ctx)!;
        // The socket is closing; should anything still be sent, it is the refusal, never the update.
        const ended = endedFor(ctx, identity, false);
        if (ended) return { errors: [{ message: ended.message, extensions: { code: ended.code, ...ended.details } }] };
        return result.errors ? { ...result, errors: format(result.errors) } : undefined;
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );
  // graphql-ws logs each socket error with its whole stack, as a fault of ours. On a server's socket, `ws` emits one only
  // for what the client sent (a message over maxPayload, a malformed frame), and has already closed the socket with the
  // code that says so (1009, 1002…): one line with the error's code is enough, and never the message, which is the client's.
  wss.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: unknown }) =>
      log.warn({ errorCode: typeof error.code === 'string' ? error.code : error.name }, 'WebSocket closed for what its client sent'),
    );
  });

  return async () => {
    await cleanup.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}

/** Browsers always send Origin with a WebSocket; a client that sends none is no browser page, hence no hijacking. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** When the identity stops proving anyone: the bearer token's expiry (verified already), or the session's absolute end. */
function endOf(identity: Identity, authorization: string | undefined): number | null {
  if (identity.session) return Date.parse(identity.session.expiresAt);
  const token = authorization ? /^Bearer +(\S+)/i.exec(authorization)?.[1] : undefined;
  const exp = token ? decodeJwt(token).exp : undefined;
  return exp === undefined ? null : exp * 1000;
}

const expired = (identity: Identity): AppError =>
  identity.session
    ? unidentified(identity.session.id)
    : new Unauthenticated('The token has expired: ask for a new one, and subscribe again.');
