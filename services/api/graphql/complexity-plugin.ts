import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';

// Required, not imported: the package's ESM build imports graphql/index.mjs, a second graphql realm next to the
// CommonJS one that type-graphql and Node's `import 'graphql'` use.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/** Refuses an operation whose estimated cost (every field 1, lists as given) exceeds the limit, before it runs. */
export function complexityLimit(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > max) {
            throw new GraphQLError(`The query is too complex (${complexity}; at most ${max}). Ask for fewer fields or smaller pages.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
