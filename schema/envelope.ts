import { z } from 'zod';

export const roles = ['CLERK', 'MEDIATOR', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

export const ActorSchema = z.object({
  userId: z.string().min(1),
  name: z.string().min(1),
  role: RoleSchema,
});
export type Actor = z.infer<typeof ActorSchema>;

/** ISO 8601 instant with an explicit offset (Z or ±hh:mm). */
export const InstantSchema = z.iso.datetime({ offset: true });

export const EventMetadataSchema = z.object({
  eventId: z.uuid(),
  occurredAt: InstantSchema,
  actor: ActorSchema,
  commandId: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  schemaVersion: z.number().int().positive(),
});
export type EventMetadata = z.infer<typeof EventMetadataSchema>;

/** An event about to be appended. `data` is validated against the catalogue by the store. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

/** What every event is before its envelope: a type and its data. */
export interface EventShape {
  type: string;
  data: unknown;
}

/** Where a recorded event stands: its place in its stream and in the global order. */
export interface RecordedPlace {
  metadata: EventMetadata;
  streamName: string;
  /** 0-based revision within the stream. */
  revision: number;
  /** Position in the global order; grows with every append, may have gaps. */
  position: bigint;
}

/**
 * An event as the store returns it, with its place. `E` is the event union it may be (a stream's own, once its decider
 * owns it); one member per type, so checking `type` narrows `data`. The store itself knows only `EventShape`.
 */
export type RecordedEvent<E extends EventShape = EventShape> = E extends EventShape ? E & RecordedPlace : never;

/**
 * Validates event data against the catalogue: `encode` before a write (throws on an invalid event),
 * `decode` after a read (validates and upcasts old schema versions; never rewrites what is stored).
 */
export interface EventCodec {
  encode(event: NewEvent): NewEvent;
  decode(event: RecordedEvent): RecordedEvent;
}
