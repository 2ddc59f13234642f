import { z } from 'zod';
import { Arg, Ctx, ID, Resolver, Root, Subscription, type ResolverData } from 'type-graphql';
import type { TimelineRecord } from '../../../projections/dispute-queries.js';
import type { RecordedEvent } from '../../../schema/envelope.js';
import type { DomainEvent } from '../../../schema/events/catalogue.js';
import { NotFound } from '../../errors.js';
import { admit, type ApiContext } from './context.js';
import { disputeFor, timelineEntryFor } from './dispute-for-role.js';
import { Dispute, TimelineEntry } from './dispute-type.js';

const DisputeIdArgs = z.object({ disputeId: z.uuid('must be a dispute id (a UUID)') });
const NoArgs = z.object({});

type Subscribe = Pick<ResolverData<ApiContext>, 'args' | 'context'>;

function currentDispute(ctx: ApiContext, id: string): Dispute {
  const snapshot = ctx.services.queries.current(id);
  if (!snapshot) throw new NotFound(`No dispute ${id}: check the id (it is the disputeId that receiveComplaint returned).`);
  return disputeFor(ctx, snapshot);
}

/**
 * Live updates over graphql-ws, authorized like the queries they mirror: the check runs when the client
 * subscribes, with the bearer token it sent in connectionParams. Each payload is the emitter's argument list.
 */
@Resolver()
export class LiveResolver {
  @Subscription(() => TimelineEntry, {
    description: "Each new step of one dispute's timeline, once the read models hold it.",
    subscribe: ({ args, context }: Subscribe) => {
      const { disputeId } = admit(context, 'dispute', DisputeIdArgs, args);
      currentDispute(context, disputeId);
      return context.services.supervision.live.timelineOf(disputeId);
    },
  })
  timelineAdded(@Root() [event]: [RecordedEvent], @Arg('disputeId', () => ID) disputeId: string, @Ctx() ctx: ApiContext): TimelineEntry {
    const record: TimelineRecord = { position: event.position, at: event.metadata.occurredAt, actor: event.metadata.actor, event: { type: event.type, data: event.data } as DomainEvent };
    return timelineEntryFor(ctx, disputeId, record);
  }

  @Subscription(() => Dispute, {
    description: 'Each newly received complaint.',
    subscribe: ({ context }: Subscribe) => {
      admit(context, 'disputes', NoArgs, {});
      return context.services.supervision.live.received();
    },
  })
  disputeReceived(@Root() [id]: [string], @Ctx() ctx: ApiContext): Dispute {
    return currentDispute(ctx, id);
  }

  @Subscription(() => Dispute, {
    description: 'Each dispute that has just become overdue (checked every OVERDUE_CHECK_MS).',
    subscribe: ({ context }: Subscribe) => {
      admit(context, 'deadlines', NoArgs, {});
      return context.services.supervision.live.overdue();
    },
  })
  disputeOverdue(@Root() [id]: [string], @Ctx() ctx: ApiContext): Dispute {
    return currentDispute(ctx, id);
  }
}
