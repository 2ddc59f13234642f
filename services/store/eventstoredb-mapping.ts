import {
  ANY,
  type AppendExpectedRevision,
  type AppendResult as EsdbAppendResult,
  type CommandError,
  ErrorType,
  isCommandError,
  type EventData,
  type JSONType,
  jsonEvent,
  NO_STREAM,
  type Position,
  type ReadPosition,
  START,
  type RecordedEvent as EsdbRecordedEvent,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { EventMetadata, NewEvent, RecordedEvent } from '../../schema/envelope.js';
import { AppError, Conflict, Unavailable } from '../errors.js';
import type { AppendResult, ExpectedRevision } from './event-store.js';

/** gRPC status codes that mean "the server could not be reached or did not answer in time". */
const UNREACHABLE_STATUS = new Set([4 /* DEADLINE_EXCEEDED */, 12 /* UNIMPLEMENTED: not an EventStoreDB endpoint */, 14 /* UNAVAILABLE */]);
const UNREACHABLE_TYPES = new Set<string>([ErrorType.UNAVAILABLE, ErrorType.DEADLINE_EXCEEDED, ErrorType.TIMEOUT, ErrorType.NOT_LEADER]);
/** gRPC status codes that retrying cannot fix: wrong credentials or a request the server refuses. */
const PERMANENT_STATUS = new Set([3 /* INVALID_ARGUMENT */, 7 /* PERMISSION_DENIED */, 16 /* UNAUTHENTICATED */]);

export function toEventData(event: NewEvent): EventData {
  // The event id is the NewEvent's own id, derived from the command id: a retried append is idempotent on the server.
  return jsonEvent({
    id: event.metadata.eventId,
    type: event.type,
    data: event.data as JSONType,
    metadata: event.metadata,
  });
}

export function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

export function toAppendResult(result: EsdbAppendResult): AppendResult {
  if (!result.position) throw new Error('EventStoreDB did not report the position of the append: use server version 22.10 or newer.');
  return { nextRevision: Number(result.nextExpectedRevision), position: result.position.commit };
}

/**
 * The port's position is the commit position. Events appended over gRPC are committed one by one, so each has its
 * own commit position (equal to its prepare position): the pair can be rebuilt from the number alone.
 */
export function toReadPosition(position: bigint): ReadPosition {
  return position === 0n ? START : ({ commit: position, prepare: position } satisfies Position);
}

/** EventStoreDB's own events ($-prefixed types such as $metadata, or $-prefixed streams such as $stats-…). */
export function isSystemEvent(event: Pick<EsdbRecordedEvent, 'type' | 'streamId'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** The stored form, before the codec validates and upcasts it. */
export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  if (!event.isJson) throw new Error(`Event ${event.id} in stream ${event.streamId} is not JSON: it was not written by Dispute Ledger.`);
  // Servers since 22.6 report the $all position on stream reads too.
  if (!event.position) throw new Error(`EventStoreDB did not report the position of event ${event.id}: use server version 22.10 or newer.`);
  return {
    type: event.type,
    data: event.data,
    metadata: event.metadata as EventMetadata,
    streamName: event.streamId,
    revision: Number(event.revision),
    position: event.position.commit,
  };
}

/** Translates client errors into the port's errors; anything else passes through unchanged. */
export function toStoreError(error: unknown, connectionString: string, append?: { stream: string; expected: ExpectedRevision }): unknown {
  if (error instanceof AppError) return error;
  if (append && error instanceof WrongExpectedVersionError) {
    return new Conflict(append.stream, String(append.expected), String(error.actualVersion));
  }
  if (isUnreachable(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new Unavailable(
      `EventStoreDB at ${redact(connectionString)} cannot be reached (${reason}). Check that the server is up, that ESDB_CONNECTION_STRING names the right host and port (2113), and for TLS that tlsCAFile points to the CA certificate (or tls=false for an insecure local server).`,
    );
  }
  return error;
}

/** Whether a dropped subscription is worth resubscribing: everything except refused credentials or requests. */
export function isTransient(error: unknown): boolean {
  return !PERMANENT_STATUS.has(statusOf(error) ?? -1);
}

function isUnreachable(error: unknown): boolean {
  if (isCommandError(error as Error) && UNREACHABLE_TYPES.has((error as CommandError).type)) return true;
  const status = statusOf(error);
  if (status !== undefined) return UNREACHABLE_STATUS.has(status);
  // Cluster discovery fails before any gRPC call is made, with a plain Error.
  return error instanceof Error && /^Failed to discover after/.test(error.message);
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** Never echo a password from the connection string into logs or client-facing messages. */
export function redact(connectionString: string): string {
  return connectionString.replace(/\/\/[^@/]*@/, '//***@');
}
