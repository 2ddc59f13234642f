import type { ProjectionRunner } from '../../projections/runner.js';
import type { EventStore } from '../store/event-store.js';

export interface ProjectionLag {
  /** Events recorded but not applied (on EventStoreDB a difference of commit positions, an upper bound). */
  events: number;
  /** How long ago the oldest of them was recorded, by the server's clock; 0 when there is none. */
  seconds: number;
}

/** How far the read models are behind the store; null when the store cannot be reached. */
export async function projectionLag(store: EventStore, runner: ProjectionRunner, clock: () => Date): Promise<ProjectionLag | null> {
  try {
    const checkpoint = runner.checkpoint();
    const head = await store.headPosition();
    if (head <= checkpoint) return { events: 0, seconds: 0 };
    const [next] = await store.readAll({ fromPosition: checkpoint, limit: 1 });
    const seconds = next ? Math.max(0, clock().getTime() - Date.parse(next.metadata.occurredAt)) / 1000 : 0;
    return { events: Number(head - checkpoint), seconds };
  } catch {
    return null;
  }
}
