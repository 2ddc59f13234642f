import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { ComplaintResolver } from './complaint-resolver.js';
import { DisputeResolver, TimelineEntryResolver } from './dispute-resolver.js';

export const resolvers = [ComplaintResolver, DisputeResolver, TimelineEntryResolver] as const;

let built: Promise<GraphQLSchema> | null = null;

/** Built once per process: type-graphql's metadata is global, and building is the slow part of start-up. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  // Parameter decorators run last to first, and type-graphql lists arguments in that order; the contract
  // (and every reader of the SDL) expects them as declared: dispute(id, asOf).
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  return built;
}
