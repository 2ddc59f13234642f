import type { DisputeSnapshot, TimelineRecord } from '../../../projections/dispute-queries.js';
import { mediationIdOf } from '../../../projections/mediation-view.js';
import type { RecordedEvent } from '../../../schema/envelope.js';
import type { DomainEvent } from '../../../schema/events/catalogue.js';
import { mediatorMayRead } from '../../domain/mediation/index.js';
import { Forbidden } from '../../errors.js';
import { erasureAwareSnapshot, someoneErasedIn } from '../equality/pseudonymised-snapshot.js';
import { readsPseudonymised } from '../permissions.js';
import type { ApiContext } from './context.js';
import { type Dispute, type TimelineEntry, toDispute, toTimelineEntry } from './dispute-type.js';

/**
 * A dispute as the asking role may read it: with persons replaced by pseudonyms for the ombudsman reviewer (DESIGN §1).
 * Once a person of the dispute is erased (GDPR art. 17), every role reads its free text as a placeholder
 * (`erasureAwareSnapshot`): the text may name them, and their name can no longer be found in it.
 * Not for a mediator, who reads one dispute at a time and only through `readableDispute`: the lists that call this
 * are closed to mediators by the role table, and this refuses rather than show them a whole dispute.
 */
export function disputeFor(ctx: ApiContext, snapshot: DisputeSnapshot): Dispute {
  if (ctx.actor.role === 'MEDIATOR')
    throw new Forbidden('A mediator reads only the dispute of a mediation appointed to them, with dispute(id).');
  return toDispute(
    readsPseudonymised(ctx.actor.role) ? ctx.services.equality.pseudonymise(snapshot) : erasureAwareSnapshot(snapshot, ctx.services.vault),
  );
}

/**
 * A dispute as the asker may read it, or null. A mediator is not one of the office's staff (KPA art. 96f § 3) and
 * mediation is confidential (art. 96j): they read a dispute only while they are the appointed mediator of one of its
 * mediations, pseudonymised like the ombudsman reviewer, with their own mediations only and none of the steps of
 * the others. Their own mediations keep their party ids: they know the parties (whose names they see in `parties`)
 * and must name them by party id in what they record; the free text of those is redacted too, as it may name anyone.
 * Any other dispute is, for them, not there.
 */
export async function readableDispute(ctx: ApiContext, snapshot: DisputeSnapshot): Promise<Dispute | null> {
  if (ctx.actor.role !== 'MEDIATOR') return disputeFor(ctx, snapshot);
  // Who mediates now, whatever moment `asOf` asks about: a recused mediator no longer reads the case.
  const own = ownMediations(ctx, snapshot.view.id);
  if (own.size === 0) return null;
  // Which of their mediations each of their mediations' steps was recorded in: a timeline record does not say.
  const ownSteps = new Map(
    (await Promise.all([...own].map(async (id) => [...(await ctx.services.mediationPositions(id))].map((p) => [p, id] as const)))).flat(),
  );
  // Pseudonymised whole, so the names of the other mediations' parties are replaced in free text too.
  const whole = ctx.services.equality.pseudonymise(snapshot);
  // Their own mediations with the party ids they record by, and the free text redacted like the rest (issue 10).
  const recorded = ctx.services.equality.pseudonymise(snapshot, { partyIdsAsRecorded: true });
  return toDispute({
    ...whole,
    view: { ...whole.view, mediations: recorded.view.mediations.filter((m) => own.has(m.id)) },
    // One pseudonymised record per recorded one, in the same order.
    timeline: recorded.timeline.flatMap((record, i) => {
      const ownStep = ownSteps.get(record.position) ?? null;
      if (!mediatorMayRead(own, record.event, ownStep)) return [];
      return ownStep !== null ? [record] : [whole.timeline[i]!];
    }),
  });
}

/** The mediations of a dispute whose appointed mediator the asker is now. */
export function ownMediations(ctx: ApiContext, disputeId: string): Set<string> {
  const current = ctx.services.queries.current(disputeId);
  return new Set(current?.view.mediations.filter((m) => m.mediator?.userId === ctx.actor.userId).map((m) => m.id) ?? []);
}

/** For a mediator: whether a new event of the dispute is theirs to see (the same rule as `readableDispute`). */
export function mediatorSees(ctx: ApiContext, disputeId: string, event: RecordedEvent): boolean {
  return mediatorMayRead(ownMediations(ctx, disputeId), { type: event.type, data: event.data } as DomainEvent, mediationIdOf(event));
}

/**
 * One new step of a dispute, pseudonymised like the whole dispute it belongs to (the names come from there). A
 * mediator is sent only the steps `mediatorSees`, and those of their own mediation with its party ids, as `readableDispute` shows them.
 */
export function timelineEntryFor(ctx: ApiContext, disputeId: string, event: RecordedEvent): TimelineEntry {
  const record = ctx.services.queries.readable({
    position: event.position,
    at: event.metadata.occurredAt,
    actor: event.metadata.actor,
    event: { type: event.type, data: event.data } as DomainEvent,
  });
  const asRecorded = !readsPseudonymised(ctx.actor.role);
  const snapshot = ctx.services.queries.current(disputeId);
  // As recorded, unless a person of the dispute is erased: then without free text, as `disputeFor` shows it.
  if (asRecorded && (snapshot === null || !someoneErasedIn(snapshot, ctx.services.vault))) return toTimelineEntry(record);
  const partyIdsAsRecorded = ctx.actor.role === 'MEDIATOR' && mediationIdOf(event) !== null;
  const readable =
    snapshot &&
    (asRecorded
      ? erasureAwareSnapshot(snapshot, ctx.services.vault)
      : ctx.services.equality.pseudonymise(snapshot, { partyIdsAsRecorded }));
  const same = readable && readable.timeline.find((r) => r.position === record.position);
  // Not in the read model (cannot happen once it has caught up): say nothing rather than show names.
  return toTimelineEntry(same ?? { ...record, event: { type: record.event.type, data: {} } as TimelineRecord['event'] });
}
