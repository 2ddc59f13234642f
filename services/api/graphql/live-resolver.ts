import { z } from 'zod';
import { Arg, Ctx, ID, Resolver, Root, Subscription, type ResolverData } from 'type-graphql';
import type { RecordedEvent } from '../../../schema/envelope.js';
import { NotFound } from '../../errors.js';
import { admit, type ApiContext } from './context.js';
import { disputeFor, mediatorSees, ownMediations, timelineEntryFor } from './dispute-for-role.js';
import { Dispute, TimelineEntry } from './dispute-type.js';

const DisputeIdArgs = z.object({ disputeId: z.uuid('must be a dispute id (a UUID)') });
const NoArgs = z.object({});

type Subscribe = Pick<ResolverData<ApiContext>, 'args' | 'context'>;

const noDispute = (id: string) => new NotFound(`No dispute ${id}: check the id (it is the disputeId that receiveComplaint returned).`);

function currentDispute(ctx: ApiContext, id: string): Dispute {
  const snapshot = ctx.services.queries.current(id);
  if (!snapshot) throw noDispute(id);
  return disputeFor(ctx, snapshot);
}

/** The events `keep` accepts; ending it (a client unsubscribing) ends the source at once, even while it waits. */
function only<T>(source: AsyncIterableIterator<T>, keep: (value: T) => boolean): AsyncIterableIterator<T> {
  return {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || keep(result.value)) return result;
      }
    },
    return: (value?: unknown) => source.return?.(value) ?? Promise.resolve({ done: true, value: undefined }),
    throw: (error?: unknown) => source.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Live updates over graphql-ws, authorized like the queries they mirror: the check runs when the client
 * subscribes, with the bearer token it sent in connectionParams. Each payload is the emitter's argument list.
 */
@Resolver()
export class LiveResolver {
  @Subscription(() => TimelineEntry, {
    description:
      "Each new step of one dispute's timeline, once the read models hold it. A mediator follows only a dispute whose mediation is appointed to them, and sees that mediation's steps and the complaint's, pseudonymised.",
    subscribe: ({ args, context }: Subscribe) => {
      const { disputeId } = admit(context, 'dispute', DisputeIdArgs, args);
      // As `dispute` answers null, a dispute a mediator may not read is, for them, not there.
      const mediator = context.actor.role === 'MEDIATOR';
      if (!context.services.queries.current(disputeId) || (mediator && ownMediations(context, disputeId).size === 0))
        throw noDispute(disputeId);
      const steps = context.services.supervision.live.timelineOf(disputeId);
      return mediator ? only(steps, ([event]) => mediatorSees(context, disputeId, event)) : steps;
    },
  })
  timelineAdded(@Root() [event]: [RecordedEvent], @Arg('disputeId', () => ID) disputeId: string, @Ctx() ctx: ApiContext): TimelineEntry {
    return timelineEntryFor(ctx, disputeId, event);
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
