import type { DomainEvent } from '../../../schema/events/catalogue.js';
import { mediationEventSchemas } from '../../../schema/events/mediation-events.js';
import { ownEvents } from '../decider.js';

/** What a mediation stream holds: the mediation's own steps (KPA art. 96a–96n). */
export type MediationEvent = DomainEvent<keyof typeof mediationEventSchemas>;

export const isMediationEvent = ownEvents(mediationEventSchemas);
