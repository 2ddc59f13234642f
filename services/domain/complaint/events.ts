import type { DomainEvent } from '../../../schema/events/catalogue.js';
import { complaintEventSchemas } from '../../../schema/events/complaint-events.js';
import { ownEvents } from '../decider.js';

/** What a complaint stream holds: the complaint's own steps, and the links to its mediations. */
export type ComplaintEvent = DomainEvent<keyof typeof complaintEventSchemas>;

export const isComplaintEvent = ownEvents(complaintEventSchemas);
