import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { InstantSchema } from '../../../schema/envelope.js';

function parseInstant(value: unknown): string {
  if (typeof value === 'string' && InstantSchema.safeParse(value).success && !Number.isNaN(Date.parse(value))) return value;
  throw new GraphQLError(
    `DateTime must be an ISO 8601 date and time with an offset, e.g. "2025-03-14T09:30:00+01:00"; got ${JSON.stringify(value)}.`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/**
 * ISO 8601 with an offset, kept as the string the client sent: a Date would drop the offset a clerk typed,
 * and deadlines are local (Europe/Warsaw) facts.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'ISO 8601 date and time with an offset, e.g. 2025-03-14T09:30:00+01:00.',
  serialize: (value) => parseInstant(value),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
