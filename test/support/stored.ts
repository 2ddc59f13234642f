import type { RecordedEvent } from '../../schema/envelope.js';
import type { DomainEvent } from '../../schema/events/catalogue.js';

/** An event as a store would return it from `streamName`, for the specifications of which stream owns what. */
export const stored = (event: DomainEvent, streamName = 'complaint-0b0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a01'): RecordedEvent => ({
  ...event,
  streamName,
  revision: 0,
  position: 1n,
  metadata: {
    eventId: '3f8c2e1a-5b4d-4c6e-9f7a-1b2c3d4e5f60',
    occurredAt: '2025-03-10T09:00:00+01:00',
    actor: { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' },
    commandId: 'c-1',
    correlationId: 'c-1',
    causationId: null,
    schemaVersion: 1,
  },
});
