import type { NewEvent, RecordedEvent } from '../../schema/envelope.js';

/** `no_stream`: the stream must not exist yet; `any`: no check; a number: the stream's last revision must be exactly this. */
export type ExpectedRevision = 'no_stream' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event appended (the stream's new head). */
  nextRevision: number;
  /** Global position of the last event appended. */
  position: bigint;
}

export interface ReadStreamOptions {
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Absent: from the beginning. */
  fromPosition?: bigint;
  limit: number;
}

export interface SubscribeOptions {
  /** Exclusive, as in readAll. */
  fromPosition?: bigint;
  signal?: AbortSignal;
}

/**
 * The event-store port. Every adapter passes test/store/contract.ts.
 * Appends are idempotent by event id: re-appending events whose ids are already the stream's events at the
 * same place returns the first result and writes nothing (as EventStoreDB does).
 */
export interface EventStore {
  append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  /** Events of one stream in revision order; an empty array when the stream does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Events of all streams in global order. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catches up from `fromPosition`, then follows new appends live until the signal aborts. */
  subscribe(options?: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** Position of the newest event, 0n when the store is empty. */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}
