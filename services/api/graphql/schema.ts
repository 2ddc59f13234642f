import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ComplaintResolver } from './complaint-resolver.js';
import { DisputeResolver, TimelineEntryResolver } from './dispute-resolver.js';

export const resolvers = [ComplaintResolver, DisputeResolver, TimelineEntryResolver] as const;

let built: Promise<GraphQLSchema> | null = null;

/** Built once per process: type-graphql's metadata is global, and building is the slow part of start-up. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  return built;
}
