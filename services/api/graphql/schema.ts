import { assertValidSchema, type GraphQLSchema, isObjectType } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AccessLogResolver } from './access-log-resolver.js';
import { AccountResolver } from './account-resolver.js';
import { ComplaintResolver } from './complaint-resolver.js';
import { EqualityResolver } from './equality-resolver.js';
import type { ApiContext } from './context.js';
import { DisputeResolver, TimelineEntryResolver } from './dispute-resolver.js';
import type { TimelineEntry } from './dispute-type.js';
import type { Language } from './enums.js';
import { DisputeLetterResolver } from './dispute-letter-resolver.js';
import { DisputeConnectionResolver, DisputeListResolver } from './dispute-list-resolver.js';
import { LiveResolver } from './live-resolver.js';
import { DisputePseudonymResolver, MediationPartyPseudonymResolver } from './pseudonym-resolver.js';
import { OfficeResolver } from './office-resolver.js';
import { RegisterResolver } from './register-resolver.js';
import { SearchResolver } from './search-resolver.js';
import { DueDisputeResolver, OverdueDisputeResolver, SupervisionResolver } from './supervision-resolver.js';
import { DisputeMediationsResolver, MediationPartyResolver, MediationResolver } from './mediation-resolver.js';

export const resolvers = [
  ComplaintResolver,
  DisputeResolver,
  TimelineEntryResolver,
  MediationResolver,
  DisputeMediationsResolver,
  MediationPartyResolver,
  DisputeListResolver,
  DisputeConnectionResolver,
  SupervisionResolver,
  DueDisputeResolver,
  OverdueDisputeResolver,
  SearchResolver,
  RegisterResolver,
  LiveResolver,
  EqualityResolver,
  DisputePseudonymResolver,
  MediationPartyPseudonymResolver,
  OfficeResolver,
  DisputeLetterResolver,
  AccountResolver,
  AccessLogResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

// type-graphql wants a PubSub once there are subscriptions. Ours subscribe through each app's live feed (in the
// context) instead, because this schema is shared by every app in the process; a topic-based one is a mistake.
const noSharedPubSub = {
  publish() {
    throw new Error('Subscriptions publish through ApiServices.supervision.live, not a shared PubSub.');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('Subscriptions subscribe through ApiServices.supervision.live, not a shared PubSub.');
  },
};

/** Built once per process: type-graphql's metadata is global, and building is the slow part of start-up. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  // Parameter decorators run last to first, and type-graphql lists arguments in that order; the contract
  // (and every reader of the SDL) expects them as declared: dispute(id, asOf).
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  // type-graphql's own check runs the whole introspection query over the new schema (a third of a start on a big
  // data folder); graphql-js's validation finds the same faults without it, and here rather than at the first request.
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: noSharedPubSub, skipCheck: true }).then((schema) => {
    assertValidSchema(schema);
    resolveSynchronously(schema, 'TimelineEntry', 'summary', (entry, args, ctx) =>
      timelineEntries.summary(entry as TimelineEntry, args.language as keyof typeof Language, ctx as ApiContext),
    );
    return schema;
  });
  return built;
}

const timelineEntries = new TimelineEntryResolver();

/**
 * type-graphql hands every `@Arg` to an async validator, even with validation off, so a field with an argument
 * always resolves to a promise. For a field asked once per item of a long list (a timeline's 50 summaries) that made
 * graphql-js complete each item asynchronously: promises, microtasks and their bookkeeping for every entry (with the
 * LRU's cheaper hits, benchmark 4 went from 0.166 to 0.225 of plain express; docs/benchmarks.md). Such a field is
 * given a plain resolver calling the same method; it must take no `@Authorized` or middleware, which this would skip.
 */
function resolveSynchronously(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  resolve: (root: unknown, args: Record<string, unknown>, context: unknown) => unknown,
): void {
  const type = schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  if (!field) throw new Error(`No field ${typeName}.${fieldName} in the schema to resolve synchronously.`);
  field.resolve = resolve;
}
