import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { createLruCache, type LruCache } from '../../lru-cache.js';
import type { Turn } from '../turns.js';
import type { ApiContext } from './context.js';

// Required, not imported: the package's ESM build imports graphql/index.mjs, a second graphql realm next to the
// CommonJS one that type-graphql and Node's `import 'graphql'` use.
const { getComplexity, fieldExtensionsEstimator, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** What a list nobody bounds is counted as, when its field says nothing better (mediations, parties, sessions, rows). */
export const UNBOUNDED_LIST_ITEMS = 10;
/** Lists that grow with every step of a case: a dispute's timeline and its explanations. */
export const LONG_LIST_ITEMS = 50;

/**
 * The cost of a query with `first`: the page size times what each item costs. A `first` above what the query
 * allows is counted as that maximum, so the argument's own check explains the refusal.
 */
export const perPage =
  (maxFirst: number): ComplexityEstimator =>
  ({ args, childComplexity }) =>
    1 + Math.min(Math.max(Number(args.first) || 0, 0), maxFirst) * childComplexity;

/** Lists only the data bounds, with no `first` (`consistencyFlags`: every case of a period may be flagged). */
export const WHOLE_TABLE_ITEMS = 200;

/**
 * What a query that folds the whole event log again costs (`overdueAsOf`, `workloadAsOf`, `equalTreatmentReport`):
 * a fixed price high enough that a request holds only a few of them under MAX_QUERY_COMPLEXITY (5000).
 */
export const WHOLE_LOG_REPLAY = 1000;
/** What replaying one dispute's streams costs on top of its fields (`dispute(id, asOf)`). */
export const ONE_DISPUTE_REPLAY = 100;

/** A whole-log replay plus what it answers (`then` prices the answer: a page, a list, or 1 + its fields). */
export const wholeLogReplay =
  (then: ComplexityEstimator = ({ childComplexity }) => 1 + childComplexity): ComplexityEstimator =>
  (options) =>
    WHOLE_LOG_REPLAY + (then(options) ?? 1 + options.childComplexity);

/** A field that replays one dispute when `argument` is given: ONE_DISPUTE_REPLAY more than without it. */
export const replayWhen =
  (argument: string): ComplexityEstimator =>
  ({ args, childComplexity }) =>
    1 + childComplexity + (args[argument] == null ? 0 : ONE_DISPUTE_REPLAY);

/** The cost of a list of about `items` elements. */
export const listOf =
  (items: number): ComplexityEstimator =>
  ({ childComplexity }) =>
    1 + items * childComplexity;

/**
 * Every list of objects without a cost of its own counts as UNBOUNDED_LIST_ITEMS of them; a list of scalars as one
 * field. Introspection's lists are as long as the schema, which every client may know: each is counted once.
 */
const unboundedLists: ComplexityEstimator = ({ type, field, childComplexity }) =>
  isListType(getNullableType(field.type)) && childComplexity > 0 && !type.name.startsWith('__')
    ? 1 + UNBOUNDED_LIST_ITEMS * childComplexity
    : undefined;

/**
 * The estimated cost of an operation: each field 1, a field's own `complexity` (type-graphql's option) first, then
 * lists by their size: a page (`first`) or an unbounded list multiplies what each of its items costs.
 */
export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [fieldExtensionsEstimator(), unboundedLists, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** The refusal of an operation costlier than `max`, or null when it may run. Over HTTP and WebSocket alike. */
export function tooComplex(
  schema: GraphQLSchema,
  max: number,
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
): GraphQLError | null {
  const complexity = queryComplexity(schema, document, variables ?? {}, operationName);
  return complexity <= max ? null : tooComplexError(complexity, max);
}

const tooComplexError = (complexity: number, max: number, http?: { status: number }) =>
  new GraphQLError(
    `The query is too complex (${complexity}; at most ${max}). Ask for fewer fields, smaller pages (first) or fewer nested lists.`,
    { extensions: { code: 'BAD_USER_INPUT', ...(http ? { http } : {}) } },
  );

/** How many (operation, variables) prices are kept per parsed document. */
const PRICES_PER_DOCUMENT = 32;

/**
 * Refuses an operation whose estimated cost exceeds the limit, before it runs; then lets it wait for its turn on the
 * event loop, priced at that cost (services/api/turns.ts). Apollo hands every request with the same text the same parsed
 * document, so an operation's price is worked out once per document and variables, not per request.
 */
export function complexityLimit(schema: GraphQLSchema, max: number): ApolloServerPlugin<ApiContext> {
  const priced = new WeakMap<DocumentNode, LruCache<string, number>>();
  return {
    async requestDidStart() {
      let turn: Turn | null = null;
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const prices = priced.get(document) ?? createLruCache<string, number>({ maxEntries: PRICES_PER_DOCUMENT });
          priced.set(document, prices);
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          // Only what was let through is remembered: a refusal is worked out again, with its message.
          let price = prices.get(key);
          if (price === undefined) {
            price = priceOf(schema, max, document, request.variables, request.operationName);
            prices.set(key, price);
          }
          // Only a request over HTTP takes turns: an operation run in process (`executeOperation`) has no client to wait for.
          if (!contextValue.web) return;
          turn = await contextValue.web.takeTurn(price);
          if (turn === null)
            throw new GraphQLError('The client closed the connection before its turn came; nothing was run.', {
              extensions: { code: 'CLIENT_CLOSED_REQUEST', http: { status: 499 } },
            });
        },
        async willSendResponse() {
          turn?.end();
        },
      };
    },
  };
}

/** The operation's estimated cost, or a 400 refusal when it is over `max` or its variables do not fit it. */
function priceOf(
  schema: GraphQLSchema,
  max: number,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  let complexity: number;
  try {
    complexity = queryComplexity(schema, document, variables ?? {}, operationName);
  } catch (error) {
    // The variables do not fit the document (a wrong enum, a malformed date, "abc" for an Int): pricing
    // coerces them first, so this is where they are found, and they are the client's to fix.
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  if (complexity > max) throw tooComplexError(complexity, max, { status: 400 });
  return complexity;
}
