import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordedEvent } from '../../schema/envelope.js';
import type { Projection } from '../../projections/projection.js';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { createPersonalDataVault } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { caseOpened, contractCodec, newStream, noteAdded } from '../store/contract-codec.js';

describe('projection runner: onApplied', () => {
  const store = createSqliteEventStore({ file: ':memory:', codec: contractCodec });
  const db = openReadModelDb(':memory:');
  const applied: bigint[] = [];
  const notes: bigint[][] = [];
  const spy = (name: string, handles: string[], apply: (events: readonly RecordedEvent[]) => void): Projection => ({
    name,
    handles: new Set(handles),
    tables: [],
    deferredIndexes: [],
    createTables: () => {},
    truncate: () => {},
    open: () => apply,
  });
  const log = { error: vi.fn(), warn: vi.fn() };
  const runner = createProjectionRunner(
    store,
    db,
    {
      projections: [
        spy('everything', ['CaseOpened', 'NoteAdded'], (events) => void applied.push(...events.map((e) => e.position))),
        // A projection is given the events it declares, and nothing when a batch holds none of them.
        spy('notes', ['NoteAdded'], (events) => void notes.push(events.map((e) => e.position))),
      ],
      context: { vault: createPersonalDataVault(createSqliteSubjectKeyStore({ file: ':memory:' })) },
    },
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
    expect(notes).toEqual([[position]]);
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
    expect(notes).toEqual([[position], [position + 1n]]);
    await store.append(newStream(), [caseOpened()], { expectedRevision: 'no_stream' });
    await runner.catchUp();
    expect(applied).toHaveLength(4);
    expect(notes).toHaveLength(2);
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});
