import { z } from 'zod';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { cursorOf } from '../../../projections/dispute-queries.js';
import { summarize } from '../../../projections/timeline-summary.js';
import { InstantSchema } from '../../../schema/envelope.js';
import { canSeePersonalData } from '../permissions.js';
import { admit, type ApiContext } from './context.js';
import { Dispute, DisputeConnection, TimelineEntry, toDispute, toTimelineEntry } from './dispute-type.js';
import { Language } from './enums.js';
import { DisputeFilterInput } from './inputs.js';
import { DateTimeScalar } from './scalars.js';
import { Person } from './types.js';

const DisputeArgs = z.object({ id: z.uuid('must be a dispute id (a UUID)'), asOf: InstantSchema.nullish() });
const DisputesArgs = z.object({
  filter: z
    .object({
      status: z.array(z.string()).nullish(),
      category: z.string().nullish(),
      unit: z.string().nullish(),
      assigneeId: z.string().nullish(),
      channel: z.string().nullish(),
      overdue: z.boolean().nullish(),
      receivedFrom: InstantSchema.nullish(),
      receivedTo: InstantSchema.nullish(),
    })
    .nullish(),
  first: z.number().int().min(1, 'must be at least 1').max(200, 'must be at most 200'),
  after: z.string().max(200).nullish(),
});

@Resolver(() => Dispute)
export class DisputeResolver {
  @Query(() => Dispute, { nullable: true, description: 'A dispute now, or as it stood at `asOf`: only what was known then.' })
  async dispute(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<Dispute | null> {
    const args = admit(ctx, 'dispute', DisputeArgs, { id, asOf });
    const snapshot = args.asOf ? await ctx.services.queries.asOf(args.id, new Date(args.asOf)) : ctx.services.queries.current(args.id);
    return snapshot ? toDispute(snapshot) : null;
  }

  @Query(() => DisputeConnection, { description: 'Disputes, newest received first, with cursor pagination that stays stable while new ones arrive.' })
  disputes(
    @Arg('filter', () => DisputeFilterInput, { nullable: true }) filter: DisputeFilterInput | undefined,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: ApiContext,
  ): DisputeConnection {
    const args = admit(ctx, 'disputes', DisputesArgs, { filter, first, after });
    const page = ctx.services.queries.list(args.filter ?? {}, args.first, args.after ?? null);
    const edges = page.items.map((view) => ({ cursor: cursorOf(view), node: toDispute(ctx.services.queries.snapshotOf(view)) }));
    return { edges, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage }, totalCount: page.totalCount };
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Null for roles that may not see personal data, for anonymous complaints, and after erasure.' })
  complainant(@Root() dispute: Dispute, @Ctx() ctx: ApiContext): Person | null {
    const sealed = dispute.snapshot.view.complainant;
    if (!sealed || !canSeePersonalData(ctx.actor.role)) return null;
    const person = ctx.services.vault.open(sealed.subjectId, sealed.sealed);
    return person === 'ERASED' ? null : person;
  }

  @FieldResolver(() => [TimelineEntry])
  timeline(@Root() dispute: Dispute): TimelineEntry[] {
    return dispute.snapshot.timeline.map(toTimelineEntry);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => String, { description: 'What happened, with full reasons; Polish unless asked otherwise.' })
  summary(@Root() entry: TimelineEntry, @Arg('language', () => Language, { defaultValue: 'PL' }) language: keyof typeof Language): string {
    return summarize(entry.record.event, language);
  }
}
