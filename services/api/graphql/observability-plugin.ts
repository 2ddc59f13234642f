import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { AppError } from '../../errors.js';
import { StorageUnavailable } from '../../store/storage-failure.js';
import { errorFields, type Logger } from '../../observability/logger.js';
import type { CommandResult, Metrics } from '../../observability/metrics.js';
import { currentRequest } from '../../observability/request-scope.js';
import type { ApiContext } from './context.js';

/** What may appear as an operation in logs and metrics: `query dispute`, `mutation receiveComplaint`… every root field of the schema. */
export function knownOperations(schema: GraphQLSchema): Set<string> {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  const known = new Set(roots.flatMap(([kind, type]) => Object.keys(type?.getFields() ?? {}).map((field) => `${kind} ${field}`)));
  for (const meta of ['__schema', '__type', '__typename']) known.add(`query ${meta}`);
  known.add('mutation __typename');
  return known;
}

/** What a refusal's code says of a command: the client's to change (refused), a stale revision (conflict), or ours (failed). */
const commandResult = (code: unknown): CommandResult =>
  code === 'CONFLICT'
    ? 'conflict'
    : ['RULE_VIOLATED', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(String(code))
      ? 'refused'
      : 'failed';

/**
 * Fills the request's scope for its log line and metrics: the operation by its root fields (validated against the
 * schema by then, so never a word a client made up; the client's operation name is not used, it is free text), the
 * answer's outcome, and each mutation as a command with its result. Unexpected errors are logged here, by kind and
 * stack frames, with the request's id.
 */
export function observability(metrics: Metrics, log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const scope = currentRequest();
      let roots: FieldNode[] = [];
      return {
        async didResolveOperation({ operation, document }) {
          if (!scope || !operation) return;
          roots = rootFields(operation.selectionSet, document);
          const names = [...new Set(roots.map((f) => f.name.value))];
          scope.operation = names.length === 1 ? `${operation.operation} ${names[0]}` : names.length === 0 ? 'none' : 'multiple';
        },
        async didEncounterErrors({ errors }) {
          // What formatError answers as INTERNAL_SERVER_ERROR: neither our refusals nor graphql-js's about the request.
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof StorageUnavailable)
              log.error({ requestId: scope?.requestId, storage: original.storage }, 'storage refused a write: nothing was recorded');
            if (!(original instanceof AppError) && !(original instanceof GraphQLError))
              log.error({ requestId: scope?.requestId, ...errorFields(original) }, 'internal error');
          }
        },
        async willSendResponse({ response, operation }) {
          if (!scope) return;
          const errors: readonly GraphQLFormattedError[] = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          scope.outcome = errors.length === 0 ? 'ok' : String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          if (operation?.operation !== 'mutation') return;
          for (const field of roots) {
            const key = field.alias?.value ?? field.name.value;
            // An error without a path is the request's (its variables did not fit): no field ran.
            const error = errors.find((e) => e.path?.[0] === key) ?? errors.find((e) => e.path === undefined);
            const result: CommandResult = error ? commandResult(error.extensions?.code) : scope.retries > 0 ? 'retried' : 'ok';
            metrics.command(field.name.value, result);
          }
        },
      };
    },
  };
}

/** The root fields an operation selects, through inline fragments and fragment spreads. */
function rootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, document, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    return fragment && fragment.kind === Kind.FRAGMENT_DEFINITION ? rootFields(fragment.selectionSet, document, seen) : [];
  });
}
