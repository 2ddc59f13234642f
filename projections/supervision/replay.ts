import type { EventStore } from '../../services/store/event-store.js';
import { type DisputeView, evolveDisputeView, streamOfDispute } from '../dispute-view.js';

/** Small enough that one batch holds the event loop only briefly: the replay yields to other requests between batches. */
const BATCH = 250;

/**
 * Every dispute as it was known at `at`: each stream's events recorded by then, folded by the projection's own
 * function. The whole log is read, because the order of recording (position) need not follow the recorded
 * times across server clocks; the cost grows with the log, which is why only supervisors' past questions use it.
 */
export async function disputeViewsAsOf(store: EventStore, at: Date): Promise<DisputeView[]> {
  const views = new Map<string, DisputeView>();
  for (let from = 0n; ; ) {
    const batch = await store.readAll({ fromPosition: from, limit: BATCH });
    for (const event of batch) {
      const id = streamOfDispute(event);
      if (id === null || Date.parse(event.metadata.occurredAt) > at.getTime()) continue;
      const view = evolveDisputeView(views.get(id) ?? null, event);
      if (view !== null) views.set(id, view);
    }
    if (batch.length < BATCH) return [...views.values()];
    from = batch[batch.length - 1]!.position;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
