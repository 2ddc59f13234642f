import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import type { Actor } from '../../../schema/envelope.js';
import { AppError } from '../../errors.js';
import type { Auth } from '../auth.js';
import { tooComplex } from '../graphql/complexity-plugin.js';
import type { ApiContext, ApiServices } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { depthLimit } from '../graphql/limits.js';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  auth: Auth;
  services: ApiServices;
  maxDepth: number;
  maxComplexity: number;
}

const ConnectionParams = z.object({ authorization: z.string().max(10_000) }).loose();
/** graphql-ws's code for a refused connection; WebSocket close reasons are limited to 123 bytes. */
const UNAUTHENTICATED = 4401;
const reasonOf = (message: string) => Buffer.from(message).subarray(0, 123).toString('utf8').replace(/\uFFFD$/, '');

/**
 * GraphQL subscriptions (graphql-ws) on the API's own HTTP server and path. The bearer token travels in
 * connectionParams, as browsers cannot set headers on a WebSocket; a connection whose token fails is closed
 * with 4401 and the reason. Documents pass the same depth and complexity limits as over HTTP; errors take the same shape.
 */
export function attachSubscriptions(server: Server, { schema, auth, services, maxDepth, maxComplexity }: SubscriptionServerOptions): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const actors = new WeakMap<object, Actor>();
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  const cleanup = useServer(
    {
      schema,
      // Parsed and checked here rather than by graphql-ws, which validates without the variables a cost depends on.
      onSubscribe(_ctx, _id, { query, variables, operationName }) {
        let document: DocumentNode;
        try {
          document = parse(query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const invalid = validate(schema, document, [...specifiedRules, depthLimit(maxDepth)]);
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
          actors.set(ctx, await auth.verify(params.success ? params.data.authorization : undefined));
          return true;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          ctx.extra.socket.close(UNAUTHENTICATED, reasonOf(`${error.code}: ${error.message}`));
          return false;
        }
      },
      context: (ctx): ApiContext => ({ actor: actors.get(ctx)!, services }),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );

  return async () => {
    await cleanup.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}
