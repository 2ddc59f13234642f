import type { DomainEvent, EventData, EventType } from '../../schema/events/catalogue.js';

/** A domain event of the catalogue, typed by its type: what every decider returns. */
export const event = <T extends EventType>(type: T, data: EventData<T>) => ({ type, data }) as DomainEvent<T>;

/** Instants carry offsets, so they are compared as times, never as strings. */
export const isLater = (a: string, b: string) => Date.parse(a) > Date.parse(b);
