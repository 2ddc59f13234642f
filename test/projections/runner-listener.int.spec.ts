import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordedEvent } from '../../schema/envelope.js';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { caseOpened, contractCodec, newStream, noteAdded } from '../store/contract-codec.js';

describe('projection runner: onApplied', () => {
  const store = createSqliteEventStore({ file: ':memory:', codec: contractCodec });
  const db = openReadModelDb(':memory:');
  const applied: bigint[] = [];
  const log = { error: vi.fn(), warn: vi.fn() };
  const runner = createProjectionRunner(
    store,
    db,
    () => [{ name: 'spy', applyBatch: (events: readonly RecordedEvent[]) => void applied.push(...events.map((e) => e.position)) }],
    log,
  );
  afterEach(() => runner.stop());

  it('announces each committed batch, after the read model holds it, and survives a failing listener', async () => {
    const seen: bigint[][] = [];
    const stopFailing = runner.onApplied(() => {
      throw new Error('listener bug');
    });
    const stopSeeing = runner.onApplied((events) => seen.push(events.map((e) => e.position)));

    const stream = newStream();
    const { position } = await store.append(stream, [caseOpened(), noteAdded('pierwsza')], { expectedRevision: 'no_stream' });
    await runner.catchUp();
    expect(seen).toEqual([[position - 1n, position]]);
    expect(applied).toEqual([position - 1n, position]);
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ errorKind: 'Error' }),
      'a listener of the projections failed (the projections go on)',
    );

    // Unsubscribed listeners hear nothing more; the runner goes on.
    stopFailing();
    stopSeeing();
    await store.append(stream, [noteAdded('druga')], { expectedRevision: 1 });
    await runner.catchUp();
    expect(seen).toHaveLength(1);
    expect(applied).toHaveLength(3);
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});
