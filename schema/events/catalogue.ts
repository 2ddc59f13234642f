import type { z } from 'zod';
import type { EventCodec, NewEvent, RecordedEvent } from '../envelope.js';
import { BadInput } from '../../services/errors.js';
import { complaintEventSchemas } from './complaint-events.js';
import { equalityEventSchemas } from './equality-events.js';
import { mediationEventSchemas } from './mediation-events.js';
import { freeTextFieldNamesOf, type PersonalTextField, personalTextFieldsOf } from './sealed-data.js';

/** Every event type the system writes, with the schema of its current version. */
export const eventSchemas = { ...complaintEventSchemas, ...mediationEventSchemas, ...equalityEventSchemas } as const;
export type EventSchemas = typeof eventSchemas;
export type EventType = keyof EventSchemas;
export type EventData<T extends EventType> = z.output<EventSchemas[T]>;
/** A domain event before it is given metadata: what deciders return and evolve consumes; `T` narrows it to some types. */
export type DomainEvent<T extends EventType = EventType> = { [K in T]: { type: K; data: EventData<K> } }[T];

/** Each type's free-text fields (`personalText`), read from its schema. */
export const personalTextFields: Record<EventType, PersonalTextField[]> = Object.fromEntries(
  Object.entries(eventSchemas).map(([type, schema]) => [type, personalTextFieldsOf(schema)]),
) as Record<EventType, PersonalTextField[]>;

/** Each type's fields of prose in which anyone's name may stand (`personalText` and `prose`), read from its schema. */
export const freeTextFieldNames: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(eventSchemas).map(([type, schema]) => [type, new Set(freeTextFieldNamesOf(schema))]),
);

/**
 * Version 2 of every type with free text seals it (`personalText`). A version-1 row holds the same fields in clear,
 * which version 2 still accepts: its upcaster changes nothing, and the row reads as it was written (clear) until
 * `npm run migrate-seal` seals it in place.
 */
const sealedTextVersion = 2;

/** Current schema version of each type; a type starts at 1 and an upcaster lifts each older version by one. */
export const currentSchemaVersion: Partial<Record<EventType, number>> = Object.fromEntries(
  Object.entries(personalTextFields).flatMap(([type, fields]) => (fields.length > 0 ? [[type, sealedTextVersion]] : [])),
);
type Upcaster = (data: unknown) => unknown;
export const upcasters: Partial<Record<EventType, Record<number, Upcaster>>> = Object.fromEntries(
  Object.keys(currentSchemaVersion).map((type) => [type, { 1: (data: unknown) => data }]),
);

/** The free-text fields of an event that hold clear text. */
export function clearTextFieldsOf(type: EventType, data: Record<string, unknown>): string[] {
  return personalTextFields[type]
    .filter(({ name }) => {
      const value = data[name];
      return typeof value === 'string' || (Array.isArray(value) && value.some((v) => typeof v === 'string'));
    })
    .map(({ name }) => name);
}

const versionOf = (type: EventType) => currentSchemaVersion[type] ?? 1;

function schemaFor(type: string) {
  if (!Object.hasOwn(eventSchemas, type))
    throw new BadInput(`Unknown event type "${type}".`, [{ path: 'type', message: 'unknown event type' }]);
  return eventSchemas[type as EventType];
}

function parseData(type: string, data: unknown) {
  const result = schemaFor(type).safeParse(data);
  if (!result.success) {
    throw new BadInput(
      `Event ${type} is not valid.`,
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}

export const isEventType = (type: string): type is EventType => Object.hasOwn(eventSchemas, type);

/**
 * Whether this release can read the event: a type it knows, at a schema version no newer than its own. Anything else
 * was written by a newer release; readers skip it and commands refuse to decide on a stream holding it.
 */
export const isKnownEvent = (event: Pick<RecordedEvent, 'type' | 'metadata'>): boolean =>
  isEventType(event.type) && event.metadata.schemaVersion <= versionOf(event.type);

/**
 * A recorded event as one of the catalogue's: the codec validated its data on read, so a known type is proof of its
 * shape. Readers check it rather than cast, and pass over what a newer release wrote.
 */
export const isDomainEvent = (event: RecordedEvent): event is RecordedEvent<DomainEvent> => isKnownEvent(event);

/**
 * The codec every store uses: validate on write, upcast and validate on read. An event this release does not know
 * (`isKnownEvent`) is passed on as stored, unvalidated, for the reader to skip: a newer release's events must not
 * make the log unreadable to an older one (a rollback, a replica not yet upgraded).
 */
export const catalogueCodec: EventCodec = {
  encode(event: NewEvent): NewEvent {
    const expected = isEventType(event.type) ? versionOf(event.type) : 1;
    if (event.metadata.schemaVersion !== expected) {
      throw new BadInput(`Event ${event.type} must be written at schema version ${expected}.`, [
        { path: 'metadata.schemaVersion', message: 'not current' },
      ]);
    }
    const data = parseData(event.type, event.data) as Record<string, unknown>;
    const clear = isEventType(event.type) ? clearTextFieldsOf(event.type, data) : [];
    // The one place every write passes: free text never reaches the log in clear (it could not be erased).
    if (clear.length > 0) {
      throw new BadInput(
        `Event ${event.type} holds free text in clear: seal it with the case's key before it is written.`,
        clear.map((path) => ({ path: `data.${path}`, message: 'not sealed' })),
      );
    }
    return { ...event, data };
  },
  decode(event: RecordedEvent): RecordedEvent {
    const type = event.type;
    if (!isEventType(type) || !isKnownEvent(event)) return event;
    let data = event.data;
    for (let v = event.metadata.schemaVersion; v < versionOf(type); v++) {
      const up = upcasters[type]?.[v];
      if (!up) throw new Error(`No upcaster for ${type} from schema version ${v}.`);
      data = up(data);
    }
    return { ...event, data: parseData(type, data), metadata: { ...event.metadata, schemaVersion: versionOf(type) } };
  },
};

export function schemaVersionOf(type: EventType): number {
  return versionOf(type);
}
