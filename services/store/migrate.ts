import { createHash } from 'node:crypto';
import type { EventCodec, NewEvent, RecordedEvent } from '../../schema/envelope.js';
import type { EventStore } from './event-store.js';

/** Migration copies what is stored, as stored: old schema versions stay old (upcasting is a read concern). */
export const verbatimCodec: EventCodec = { encode: (event) => event, decode: (event) => event };

export type MigrationProgress =
  | { phase: 'copy'; copied: number; alreadyPresent: number; position: bigint; sourceHead: bigint }
  | { phase: 'verify'; streamsChecked: number; streams: number };

export interface StreamDigest {
  events: number;
  sha256: string;
}

export interface VerificationReport {
  streams: number;
  events: number;
  mismatches: Array<{ stream: string; source: StreamDigest; target: StreamDigest }>;
}

export interface MigrationReport extends VerificationReport {
  copied: number;
  alreadyPresent: number;
}

export interface MigrationOptions {
  /** Both stores should use verbatimCodec. */
  source: EventStore;
  target: EventStore;
  batchSize?: number;
  onProgress?: (progress: MigrationProgress) => void;
  /** Stops between two appends; a later run resumes. */
  signal?: AbortSignal;
}

/**
 * Copies every event of `source` into `target` in global order, with the same ids, metadata and revisions, then
 * verifies both stores stream by stream. Safe to run again after any interruption: the first time a run meets a
 * stream it asks the target how far that stream already got, and copies only the rest.
 */
export async function migrate({
  source,
  target,
  batchSize = 500,
  onProgress = () => {},
  signal,
}: MigrationOptions): Promise<MigrationReport> {
  const sourceHead = await source.headPosition();
  const targetHeads = new Map<string, number>();
  let copied = 0;
  let alreadyPresent = 0;

  async function targetHead(stream: string): Promise<number> {
    const known = targetHeads.get(stream);
    if (known !== undefined) return known;
    const present = await target.readStream(stream);
    const expected = await source.readStream(stream, { maxCount: present.length });
    const diverged = present.findIndex((event, index) => event.metadata.eventId !== expected[index]?.metadata.eventId);
    if (diverged !== -1) {
      throw new Error(
        `The target's stream "${stream}" holds event ${present[diverged]!.metadata.eventId} at revision ${diverged}, which the source does not: the target is not a copy of this source. Nothing more was copied.`,
      );
    }
    return present.length - 1;
  }

  /** One source command's events in one stream, appended together so the target keeps them atomic too. */
  async function copy(group: RecordedEvent[]): Promise<void> {
    const stream = group[0]!.streamName;
    const head = await targetHead(stream);
    const missing = group.filter((event) => event.revision > head);
    alreadyPresent += group.length - missing.length;
    if (missing.length > 0) {
      signal?.throwIfAborted();
      if (missing[0]!.revision !== head + 1) {
        throw new Error(
          `The target's stream "${stream}" ends at revision ${head}, but the next event to copy has revision ${missing[0]!.revision}.`,
        );
      }
      await target.append(stream, missing.map(toNewEvent), { expectedRevision: head === -1 ? 'no_stream' : head });
      copied += missing.length;
    }
    targetHeads.set(stream, Math.max(head, group.at(-1)!.revision));
  }

  let position = 0n;
  let group: RecordedEvent[] = [];
  for (;;) {
    const batch = await source.readAll({ fromPosition: position, limit: batchSize });
    if (batch.length === 0) break;
    for (const event of batch) {
      if (group.length > 0 && !sameWrite(group[0]!, event)) {
        await copy(group);
        group = [];
      }
      group.push(event);
    }
    position = batch.at(-1)!.position;
    onProgress({ phase: 'copy', copied, alreadyPresent, position, sourceHead });
  }
  if (group.length > 0) await copy(group);
  onProgress({ phase: 'copy', copied, alreadyPresent, position, sourceHead });

  return { copied, alreadyPresent, ...(await verifyCopy(source, target, onProgress)) };
}

/** Compares every stream of `source` with the same stream in `target`: event count and a SHA-256 of its events. */
export async function verifyCopy(
  source: EventStore,
  target: EventStore,
  onProgress: (progress: MigrationProgress) => void = () => {},
): Promise<VerificationReport> {
  const streams = await streamsOf(source);
  const report: VerificationReport = { streams: streams.length, events: 0, mismatches: [] };
  for (const [index, stream] of streams.entries()) {
    const [inSource, inTarget] = await Promise.all([digest(source, stream), digest(target, stream)]);
    report.events += inSource.events;
    if (inSource.sha256 !== inTarget.sha256 || inSource.events !== inTarget.events)
      report.mismatches.push({ stream, source: inSource, target: inTarget });
    if ((index + 1) % 100 === 0 || index + 1 === streams.length)
      onProgress({ phase: 'verify', streamsChecked: index + 1, streams: streams.length });
  }
  return report;
}

async function streamsOf(store: EventStore): Promise<string[]> {
  const streams = new Set<string>();
  let position = 0n;
  for (;;) {
    const batch = await store.readAll({ fromPosition: position, limit: 1000 });
    if (batch.length === 0) return [...streams];
    for (const event of batch) streams.add(event.streamName);
    position = batch.at(-1)!.position;
  }
}

async function digest(store: EventStore, stream: string): Promise<StreamDigest> {
  const hash = createHash('sha256');
  let events = 0;
  for (;;) {
    const page = await store.readStream(stream, { fromRevision: events, maxCount: 1000 });
    // Positions differ between stores by nature; everything else must be identical.
    for (const { streamName: _stream, position: _position, ...event } of page) hash.update(`${canonicalJson(event)}\n`);
    events += page.length;
    if (page.length < 1000) return { events, sha256: hash.digest('hex') };
  }
}

/** JSON with object keys sorted, so equal events hash equally whatever order a store keeps keys in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sameWrite(a: RecordedEvent, b: RecordedEvent): boolean {
  return a.streamName === b.streamName && a.metadata.commandId === b.metadata.commandId;
}

function toNewEvent({ type, data, metadata }: RecordedEvent): NewEvent {
  return { type, data, metadata };
}
