import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../../errors.js';

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Our errors reach clients with their code and sentence; anything unexpected reaches the client as a bare
 * INTERNAL_SERVER_ERROR, never with a stack trace or internal detail (the observability plugin logs it).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  // Errors graphql-js raised about the request itself (unknown enum value, wrong type), or ours raised as
  // GraphQLErrors on purpose: the client's to fix. Anything else thrown in a resolver arrives unwrapped, as itself.
  if (original instanceof GraphQLError) {
    const code = formatted.extensions?.code;
    // A variable that cannot be coerced reaches us marked internal; it is the client's input that is wrong.
    const clientCode = code === undefined || (code === 'INTERNAL_SERVER_ERROR' && !formatted.path) ? 'BAD_USER_INPUT' : code;
    return { ...formatted, extensions: { ...formatted.extensions, code: clientCode } };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return {
      message: 'Internal server error. The incident is logged; try again, and report it if it persists.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

/**
 * The formatter of one server: with `suggestions` off (GRAPHQL_INTROSPECTION=false), graphql-js's "Did you mean …?"
 * is cut from every message, validation's and the variables' alike, since it names what the schema has to whoever
 * guesses. Apollo's own option reaches validation errors only.
 */
export function errorFormatter({ suggestions }: { suggestions: boolean }): ErrorFormatter {
  if (suggestions) return formatError;
  return (formatted, error) => {
    const shown = formatError(formatted, error);
    return { ...shown, message: shown.message.replace(/ ?Did you mean [^?]*\?/g, '') };
  };
}
