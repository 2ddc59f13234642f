import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../errors.js';
import type { Auth } from '../auth.js';
import { identify, sessionIdOf, unidentified, type Identity } from '../identity.js';
import { tooComplex } from '../graphql/complexity-plugin.js';
import type { ApiContext, ApiServices } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  auth: Auth;
  services: ApiServices;
  /** The depth, size, alias and directive limits HTTP applies (services/api/graphql/limits.ts). */
  documentRule: ValidationRule;
  maxTokens: number;
  maxComplexity: number;
}

const ConnectionParams = z.object({ authorization: z.string().max(10_000) }).loose();
/** graphql-ws's codes for a refused connection; WebSocket close reasons are limited to 123 bytes. */
const UNAUTHENTICATED = 4401;
const FORBIDDEN = 4403;
const reasonOf = (message: string) => Buffer.from(message).subarray(0, 123).toString('utf8').replace(/\uFFFD$/, '');

/**
 * GraphQL subscriptions (graphql-ws) on the API's own HTTP server and path. The bearer token travels in
 * connectionParams, as browsers cannot set headers on a WebSocket; without one, the web app's session cookie,
 * which the browser sends with the upgrade, counts only when the page that opened the socket is this server's own
 * (Origin = Host): SameSite does not guard WebSockets, so any site could otherwise open one in its visitor's name
 * (cross-site WebSocket hijacking). A refused connection is closed with 4401 (or 4403 for another site) and the
 * reason. A session is checked again at every subscription and before every update, so one that ends, or whose
 * account is disabled, stops receiving at once. Documents pass the same token, depth, size and complexity limits as over HTTP; errors take the same shape.
 */
export function attachSubscriptions(server: Server, { schema, auth, services, documentRule, maxTokens, maxComplexity }: SubscriptionServerOptions): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const identities = new WeakMap<object, Identity>();
  /** Whether the connection's session still holds (always, for a token); closes the socket when it does not. */
  const stillSignedIn = (ctx: { extra: { socket: { close(code: number, reason: string): void } } }, identity: Identity, touch: boolean) => {
    if (!identity.session || services.accounts.resume(identity.session.id, { touch })) return true;
    const { code, message } = unidentified(identity.session.id);
    ctx.extra.socket.close(UNAUTHENTICATED, reasonOf(`${code}: ${message}`));
    return false;
  };
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  const cleanup = useServer(
    {
      schema,
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
            ctx.extra.socket.close(FORBIDDEN, reasonOf('FORBIDDEN: a session cookie counts only on a socket opened by this server’s own pages.'));
            return false;
          }
          const identity = await identify(auth, services.accounts, { authorization, sessionId });
          if (!identity) throw unidentified(sessionId);
          identities.set(ctx, identity);
          return true;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          ctx.extra.socket.close(UNAUTHENTICATED, reasonOf(`${error.code}: ${error.message}`));
          return false;
        }
      },
      context: (ctx): ApiContext => {
        const identity = identities.get(ctx)!;
        // A new subscription is the user's doing: it counts as activity.
        if (!stillSignedIn(ctx, identity, true)) throw unidentified(identity.session!.id);
        return { actor: identity.actor, services };
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        const identity = identities.get(ctx)!;
        // The socket is closing; should anything still be sent, it is the refusal, never the update.
        if (!stillSignedIn(ctx, identity, false)) {
          const ended = unidentified(identity.session!.id);
          return { errors: [{ message: ended.message, extensions: { code: ended.code, ...ended.details } }] };
        }
        return result.errors ? { ...result, errors: format(result.errors) } : undefined;
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );

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
