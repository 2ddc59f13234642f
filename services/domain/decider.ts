import type { EventShape, RecordedEvent } from '../../schema/envelope.js';
import type { DomainEvent, EventType } from '../../schema/events/catalogue.js';

export type { RecordedEvent } from '../../schema/envelope.js';

/**
 * Every stream's decider has this one shape (Emmett's): three plain functions, no I/O. `Context` is what a decision
 * may depend on besides the state (the time, who acts, the office's rules); it is given, never fetched. `Event` is the
 * stream's own union, so a decider returning another stream's event is a type error.
 */
export interface Decider<State, Command, Event extends EventShape, Context> {
  initialState: () => State;
  decide: (command: Command, state: State, context: Context) => Event[];
  evolve: (state: State, event: Event) => State;
}

/** Whether a stored event is one of a stream's own: the store has decoded its data against the catalogue. */
export type OwnEvents<Event extends EventShape> = (event: RecordedEvent) => event is RecordedEvent<Event>;

/** The guard of a stream whose events are the types of `schemas` (its part of the catalogue). */
export const ownEvents =
  <T extends EventType>(schemas: Readonly<Record<T, unknown>>): OwnEvents<DomainEvent<T>> =>
  (event): event is RecordedEvent<DomainEvent<T>> =>
    Object.hasOwn(schemas, event.type);

/** A stream's state: its own events folded in order from the initial state. */
export const fold = <State, Event extends EventShape>(
  decider: Pick<Decider<State, never, Event, never>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State => events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
