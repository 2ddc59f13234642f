import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { ApiContext } from './context.js';

/** Names each request's operation in its context (its name, else its root fields), for the access log. */
export const operationName: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName: name, operation }) {
        const roots = operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
        contextValue.operation = `${operation?.operation ?? 'query'} ${name ?? roots.join(',')}`;
      },
    };
  },
};
