import type { DomainEvent } from '../../../schema/events/catalogue.js';
import { equalityEventSchemas } from '../../../schema/events/equality-events.js';
import { ownEvents } from '../decider.js';

/** What a person's privacy stream holds: equality answers, consent withdrawals, erasure. */
export type SubjectEvent = DomainEvent<keyof typeof equalityEventSchemas>;

export const isSubjectEvent = ownEvents(equalityEventSchemas);
