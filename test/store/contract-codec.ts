import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EventCodec, EventMetadata, NewEvent } from '../../schema/envelope.js';
import { BadInput } from '../../services/errors.js';

/**
 * A catalogue of three events for the contract suite only. `NoteAdded` has two versions: version 1 (`note`) is
 * upcast on read to version 2 (`text`, `language`). Encoding accepts version 1 too, so the suite can write a
 * historical event through the port and check that every read path upcasts it.
 */
const catalogue = {
  CaseOpened: { 1: z.object({ title: z.string().min(1) }) },
  NoteAdded: {
    1: z.object({ note: z.string().min(1) }),
    2: z.object({ text: z.string().min(1), language: z.enum(['pl', 'en']) }),
  },
  CaseClosed: { 1: z.object({}).strict() },
} as const;

type Catalogue = typeof catalogue;
type EventType = keyof Catalogue;

function parse(type: string, version: number, data: unknown): unknown {
  const schema = (catalogue as Record<string, Record<number, z.ZodType> | undefined>)[type]?.[version];
  if (!schema) throw new BadInput(`Unknown event ${type} version ${version}.`, [{ path: 'type', message: 'Not in the catalogue.' }]);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new BadInput(
      `Event ${type} is invalid.`,
      parsed.error.issues.map((issue) => ({ path: ['data', ...issue.path.map(String)].join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

export const contractCodec: EventCodec = {
  encode(event) {
    return { ...event, data: parse(event.type, event.metadata.schemaVersion, event.data) };
  },
  decode(event) {
    const data = parse(event.type, event.metadata.schemaVersion, event.data);
    if (event.type === 'NoteAdded' && event.metadata.schemaVersion === 1) {
      const { note } = data as z.infer<Catalogue['NoteAdded'][1]>;
      return { ...event, data: { text: note, language: 'pl' }, metadata: { ...event.metadata, schemaVersion: 2 } };
    }
    return { ...event, data };
  },
};

const latestVersion: Record<EventType, number> = { CaseOpened: 1, NoteAdded: 2, CaseClosed: 1 };

export function newEvent(type: EventType, data: unknown, metadata: Partial<EventMetadata> = {}): NewEvent {
  return {
    type,
    data,
    metadata: {
      eventId: randomUUID(),
      occurredAt: '2026-03-02T09:30:00.000+01:00',
      actor: { userId: 'clerk-1', name: 'Anna Nowak', role: 'CLERK' },
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: null,
      schemaVersion: latestVersion[type],
      ...metadata,
    },
  };
}

export const caseOpened = (title = 'Brak odpowiedzi na wniosek') => newEvent('CaseOpened', { title });
export const noteAdded = (text: string) => newEvent('NoteAdded', { text, language: 'pl' });
export const caseClosed = () => newEvent('CaseClosed', {});

/** A unique stream per test, so the suite also runs against a shared server that already holds events. */
export const newStream = (prefix = 'case') => `${prefix}-${randomUUID()}`;
