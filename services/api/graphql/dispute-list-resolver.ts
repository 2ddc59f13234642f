import { z } from 'zod';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { cursorFor, disputeSorts } from '../../../projections/dispute-list.js';
import { InstantSchema } from '../../../schema/envelope.js';
import { perPage } from './complexity-plugin.js';
import { admit, type ApiContext } from './context.js';
import { DisputeFilterInput, DisputeSort } from './dispute-list-inputs.js';
import { disputeFor } from './dispute-for-role.js';
import { DisputeConnection } from './dispute-type.js';

/** The largest page a client may ask for. */
const MAX_FIRST = 200;

const DisputesArgs = z.object({
  filter: z
    .object({
      status: z.array(z.string().max(40)).max(20).nullish(),
      category: z.string().max(200).nullish(),
      unit: z.string().max(200).nullish(),
      assigneeId: z.string().max(100).nullish(),
      assigned: z.boolean().nullish(),
      open: z.boolean().nullish(),
      channel: z.string().nullish(),
      overdue: z.boolean().nullish(),
      receivedFrom: InstantSchema.nullish(),
      receivedTo: InstantSchema.nullish(),
      dueFrom: InstantSchema.nullish(),
      dueTo: InstantSchema.nullish(),
      decidedBy: z.string().max(100).nullish(),
    })
    .nullish(),
  sort: z.enum(disputeSorts),
  first: z.number().int().min(1, 'must be at least 1').max(MAX_FIRST, `must be at most ${MAX_FIRST}`),
  after: z.string().max(300).nullish(),
});

@Resolver()
export class DisputeListResolver {
  @Query(() => DisputeConnection, {
    description: 'Disputes filtered and sorted, with cursor pagination that stays correct while new events arrive.',
    complexity: perPage(MAX_FIRST),
  })
  disputes(
    @Arg('filter', () => DisputeFilterInput, { nullable: true }) filter: DisputeFilterInput | undefined,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('sort', () => DisputeSort, { defaultValue: 'RECEIVED_DESC' }) sort: keyof typeof DisputeSort,
    @Ctx() ctx: ApiContext,
  ): DisputeConnection {
    const args = admit(ctx, 'disputes', DisputesArgs, { filter, sort, first, after });
    const page = ctx.services.supervision.list(args.filter ?? {}, args.sort, args.first, args.after ?? null);
    const edges = page.items.map((view) => ({
      cursor: cursorFor(args.sort, view),
      node: disputeFor(ctx, ctx.services.queries.snapshotOf(view)),
    }));
    return { edges, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage }, count: page.totalCount };
  }
}

@Resolver(() => DisputeConnection)
export class DisputeConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many disputes match the filter: counted only when asked for (it reads every match).' })
  totalCount(@Root() connection: DisputeConnection): number {
    return connection.count();
  }
}
