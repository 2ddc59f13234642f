import type { z } from 'zod';
import type { EventCodec } from '../../schema/envelope.js';
import { EventMetadataSchema, type NewEvent } from '../../schema/envelope.js';
import { BadInput, type InvalidField } from '../errors.js';
import type { ExpectedRevision, ReadAllOptions, ReadStreamOptions } from './event-store.js';

/**
 * What every adapter checks before it writes, so that no adapter stores an event another would refuse.
 * Returns the events as the codec encoded them.
 */
export function checkAppend(
  stream: string,
  events: readonly NewEvent[],
  expectedRevision: ExpectedRevision,
  codec: EventCodec,
): NewEvent[] {
  if (stream.length === 0) throw new BadInput('A stream name is required.', [{ path: 'stream', message: 'Must not be empty.' }]);
  if (events.length === 0) {
    throw new BadInput('An append needs at least one event: nothing was written.', [{ path: 'events', message: 'Must not be empty.' }]);
  }
  if (expectedRevision !== 'no_stream' && expectedRevision !== 'any' && !isRevision(expectedRevision)) {
    throw new BadInput(`Expected revision ${String(expectedRevision)} is not valid: use 'no_stream', 'any' or a revision (0, 1, 2…).`, [
      { path: 'expectedRevision', message: 'Must be no_stream, any or a non-negative integer.' },
    ]);
  }
  const encoded = events.map((event, index) => {
    const metadata = EventMetadataSchema.safeParse(event.metadata);
    if (!metadata.success) {
      throw new BadInput(
        `The metadata of event ${index} (${event.type}) is invalid: nothing was written.`,
        fieldsOf(metadata.error, `events[${index}].metadata`),
      );
    }
    return codec.encode(event);
  });
  const ids = encoded.map((event) => event.metadata.eventId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw new BadInput(`Event id ${repeated} appears twice in one append: every event needs its own id.`, [
      { path: 'events', message: 'Event ids must be unique.' },
    ]);
  }
  return encoded;
}

export function checkReadStreamOptions({ fromRevision = 0, maxCount }: ReadStreamOptions = {}): {
  fromRevision: number;
  maxCount: number | undefined;
} {
  if (!isRevision(fromRevision))
    throw new BadInput('fromRevision must be a non-negative integer.', [{ path: 'fromRevision', message: 'Must be ≥ 0.' }]);
  if (maxCount !== undefined && !isRevision(maxCount))
    throw new BadInput('maxCount must be a non-negative integer.', [{ path: 'maxCount', message: 'Must be ≥ 0.' }]);
  return { fromRevision, maxCount };
}

export function checkReadAllOptions({ fromPosition = 0n, limit }: ReadAllOptions): { fromPosition: bigint; limit: number } {
  if (fromPosition < 0n) throw new BadInput('fromPosition must not be negative.', [{ path: 'fromPosition', message: 'Must be ≥ 0.' }]);
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new BadInput('limit must be a positive integer.', [{ path: 'limit', message: 'Must be ≥ 1.' }]);
  return { fromPosition, limit };
}

function isRevision(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function fieldsOf(error: z.ZodError, prefix: string): InvalidField[] {
  return error.issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].join('.'), message: issue.message }));
}
