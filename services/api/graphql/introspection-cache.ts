import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { createLruCache } from '../../lru-cache.js';

type Answer = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

const introspectionFields = new Set(['__schema', '__type', '__typename']);

/** An operation that asks nothing but the schema: the same answer for every role and every request, as long as the schema lives. */
const asksOnlyTheSchema = (operation: OperationDefinitionNode | undefined) =>
  operation?.operation === 'query' &&
  operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && introspectionFields.has(s.name.value));

/**
 * Keeps the answers to introspection queries (issue 11): the standard one, which GraphiQL and codegen send, is computed
 * anew in 20–40 ms and 175 kB, every time, for an answer that never changes while the server runs. The answer depends
 * only on the schema (one per app, so one cache per app) and the document with its variables (the key, hashed); it
 * names no one, so it is shared across roles. Asked after the document passed validation and its limits; what a
 * role may see of the data is not involved, since no field of the data is asked.
 */
export function introspectionCache<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  const answers = createLruCache<string, Answer>({ maxEntries: 16 });
  const keyOf = (source: string | undefined, operationName: string | undefined, variables: unknown) =>
    createHash('sha256')
      .update(JSON.stringify([source, operationName ?? null, variables ?? null]))
      .digest('hex');
  return {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async responseForOperation({ operation, source, request, response }) {
          if (!asksOnlyTheSchema(operation)) return null;
          key = keyOf(source, request.operationName, request.variables);
          const known = answers.get(key);
          if (known === undefined) return null;
          key = null;
          return { http: response.http, body: { kind: 'single', singleResult: known } };
        },
        async willSendResponse({ response }) {
          if (key !== null && response.body.kind === 'single' && !response.body.singleResult.errors) {
            answers.set(key, response.body.singleResult);
          }
        },
      };
    },
  };
}
