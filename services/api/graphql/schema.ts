import { assertValidSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AccessLogResolver } from './access-log-resolver.js';
import { AccountResolver } from './account-resolver.js';
import { ComplaintResolver } from './complaint-resolver.js';
import { EqualityResolver } from './equality-resolver.js';
import { DisputeResolver, TimelineEntryResolver } from './dispute-resolver.js';
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
    return schema;
  });
  return built;
}
