import type { DisputeSnapshot, TimelineRecord } from '../../../projections/dispute-queries.js';
import { readsPseudonymised } from '../permissions.js';
import type { ApiContext } from './context.js';
import { type Dispute, type TimelineEntry, toDispute, toTimelineEntry } from './dispute-type.js';

/** A dispute as the asking role may read it: with persons replaced by pseudonyms for the ombudsman reviewer (DESIGN §1). */
export function disputeFor(ctx: ApiContext, snapshot: DisputeSnapshot): Dispute {
  return toDispute(readsPseudonymised(ctx.actor.role) ? ctx.services.equality.pseudonymise(snapshot) : snapshot);
}

/** One new step of a dispute, pseudonymised like the whole dispute it belongs to (the names come from there). */
export function timelineEntryFor(ctx: ApiContext, disputeId: string, record: TimelineRecord): TimelineEntry {
  if (!readsPseudonymised(ctx.actor.role)) return toTimelineEntry(record);
  const snapshot = ctx.services.queries.current(disputeId);
  const same = snapshot && ctx.services.equality.pseudonymise(snapshot).timeline.find((r) => r.position === record.position);
  // Not in the read model (cannot happen once it has caught up): say nothing rather than show names.
  return toTimelineEntry(same ?? { ...record, event: { type: record.event.type, data: {} } as TimelineRecord['event'] });
}
