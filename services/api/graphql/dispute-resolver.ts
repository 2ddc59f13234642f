import { z } from 'zod';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { summarize } from '../../../projections/timeline-summary.js';
import { InstantSchema } from '../../../schema/envelope.js';
import { ParticipantNamesSchema, PersonalTextSchema, type SealedData } from '../../../schema/events/complaint-events.js';
import { openSealed } from '../../privacy/personal-data-vault.js';
import { canSeePersonalData } from '../permissions.js';
import { LONG_LIST_ITEMS, listOf, replayWhen } from './complexity-plugin.js';
import { admit, shownInClear, type ApiContext } from './context.js';
import { readableDispute } from './dispute-for-role.js';
import { Dispute, TimelineEntry, toTimelineEntry } from './dispute-type.js';
import { Language } from './enums.js';
import { DateTimeScalar } from './scalars.js';
import { Person } from './types.js';

const DisputeArgs = z.object({ id: z.uuid('must be a dispute id (a UUID)'), asOf: InstantSchema.nullish() });
@Resolver(() => Dispute)
export class DisputeResolver {
  @Query(() => Dispute, {
    nullable: true,
    description:
      'A dispute now, or as it stood at `asOf`: only what was known then. A mediator reads only a dispute whose mediation is appointed to them, pseudonymised, with that mediation only; null for any other.',
    complexity: replayWhen('asOf'),
  })
  async dispute(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<Dispute | null> {
    const args = admit(ctx, 'dispute', DisputeArgs, { id, asOf });
    const snapshot = args.asOf ? await ctx.services.queries.asOf(args.id, new Date(args.asOf)) : ctx.services.queries.current(args.id);
    if (snapshot === null) return null;
    return readableDispute(ctx, snapshot);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Null for roles that may not see personal data, for anonymous complaints, and after erasure.',
  })
  complainant(@Root() dispute: Dispute, @Ctx() ctx: ApiContext): Person | null {
    const { complainant: sealed, onBehalfOf, accessibilityNeeds } = dispute.snapshot.view;
    if (!sealed || !canSeePersonalData(ctx.actor.role)) return null;
    const person = ctx.services.vault.open(sealed.subjectId, sealed.sealed);
    if (person === 'ERASED') return null;
    const { vault } = ctx.services;
    shownInClear(ctx, sealed.subjectId, 'complainant');
    if (onBehalfOf) shownInClear(ctx, onBehalfOf.subjectId, 'on-behalf-of');
    if (accessibilityNeeds) shownInClear(ctx, accessibilityNeeds.subjectId, 'accessibility-needs');
    return {
      ...person,
      onBehalfOf: openSealed(vault, onBehalfOf, PersonalTextSchema),
      accessibilityNeeds: openSealed(vault, accessibilityNeeds, PersonalTextSchema),
    };
  }

  @FieldResolver(() => [TimelineEntry], { complexity: listOf(LONG_LIST_ITEMS) })
  timeline(@Root() dispute: Dispute): TimelineEntry[] {
    return dispute.snapshot.timeline.map(toTimelineEntry);
  }
}

/** Who took part in a conversation, for those who may see personal data; sealed with the complainant's key. */
function participantNames(ctx: ApiContext, sealed: SealedData): readonly string[] | null {
  if (!canSeePersonalData(ctx.actor.role)) return null;
  const names = openSealed(ctx.services.vault, sealed, ParticipantNamesSchema);
  if (names !== null) shownInClear(ctx, sealed.subjectId, 'conversation-participants');
  return names;
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  // Resolved synchronously by the schema (`resolveSynchronously` in schema.ts): it is asked once per timeline entry.
  @FieldResolver(() => String, { description: 'What happened, with full reasons; Polish unless asked otherwise.' })
  summary(
    @Root() entry: TimelineEntry,
    @Arg('language', () => Language, { defaultValue: 'PL' }) language: keyof typeof Language,
    @Ctx() ctx: ApiContext,
  ): string {
    const { event, participants } = entry.record;
    return summarize(
      event,
      language,
      participants ?? (event.type === 'ConversationRecorded' ? participantNames(ctx, event.data.participants) : null),
    );
  }
}
