import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventStore } from '../../services/store/event-store.js';
import { migrate, verbatimCodec, verifyCopy } from '../../services/store/migrate.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { caseClosed, caseOpened, contractCodec, newEvent, noteAdded } from './contract-codec.js';

const dir = mkdtempSync(join(tmpdir(), 'dispute-ledger-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const open = (file: string) => createSqliteEventStore({ file, codec: verbatimCodec });

/** A target that loses power after `appends` successful appends. */
function failingAfter(target: EventStore, appends: number): EventStore {
  let done = 0;
  return {
    ...target,
    async append(...args) {
      if (done === appends) throw new Error('power cut');
      done += 1;
      return target.append(...args);
    },
  };
}

const ids = async (store: EventStore) => (await store.readAll({ limit: 1000 })).map((event) => event.metadata.eventId);

describe('migrating a SQLite store into another store', () => {
  let source: EventStore;
  let targetFile: string;
  let target: EventStore;

  beforeEach(async () => {
    // The source is written through the contract codec, as the application writes it.
    const sourceFile = join(dir, `source-${++files}.sqlite`);
    const writer = createSqliteEventStore({ file: sourceFile, codec: contractCodec });
    await writer.append('case-a', [caseOpened('Zażółć gęślą jaźń'), noteAdded('a1')], { expectedRevision: 'no_stream' });
    await writer.append('case-b', [caseOpened('B')], { expectedRevision: 'no_stream' });
    await writer.append('case-a', [newEvent('NoteAdded', { note: 'stara wersja' }, { schemaVersion: 1 })], { expectedRevision: 1 });
    for (let index = 0; index < 6; index += 1)
      await writer.append('case-c', [noteAdded(`c${index}`)], { expectedRevision: index === 0 ? 'any' : index - 1 });
    await writer.append('case-b', [noteAdded('b1'), caseClosed()], { expectedRevision: 0 });
    await writer.close();
    source = open(sourceFile);
    targetFile = join(dir, `target-${files}.sqlite`);
    target = open(targetFile);
  });
  afterEach(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it('given an empty target, when migrating, then every event is copied in global order with its id, metadata and revision, and verified', async () => {
    const report = await migrate({ source, target, batchSize: 4 });
    expect(report).toMatchObject({ copied: 12, alreadyPresent: 0, streams: 3, events: 12, mismatches: [] });
    expect(await ids(target)).toEqual(await ids(source));
    expect(await target.readStream('case-a')).toEqual(
      (await source.readStream('case-a')).map((event) => ({ ...event, position: expect.any(BigInt) })),
    );
  });

  it('given a version 1 event, when migrated, then it stays version 1: upcasting is left to reads', async () => {
    await migrate({ source, target });
    const [, , old] = await target.readStream('case-a');
    expect(old).toMatchObject({ data: { note: 'stara wersja' }, metadata: expect.objectContaining({ schemaVersion: 1 }) });
  });

  it('given a migration interrupted by a crash mid-way, when run again, then it copies only the rest and nothing twice', async () => {
    await expect(migrate({ source, target: failingAfter(target, 3), batchSize: 2 })).rejects.toThrow('power cut');
    const copiedBeforeCrash = (await ids(target)).length;
    expect(copiedBeforeCrash).toBeGreaterThan(0);
    expect(copiedBeforeCrash).toBeLessThan(12);

    await target.close();
    target = open(targetFile);
    const report = await migrate({ source, target, batchSize: 2 });
    expect(report).toMatchObject({ copied: 12 - copiedBeforeCrash, alreadyPresent: copiedBeforeCrash, mismatches: [] });
    expect(await ids(target)).toEqual(await ids(source));
  });

  it('given a migration stopped by its signal, when run again, then it completes', async () => {
    const stop = new AbortController();
    const stopped = migrate({ source, target, batchSize: 3, signal: stop.signal, onProgress: () => stop.abort() });
    await expect(stopped).rejects.toThrow();
    const report = await migrate({ source, target });
    expect(report.copied + report.alreadyPresent).toBe(12);
    expect(report.mismatches).toEqual([]);
  });

  it('given a complete copy, when run again, then nothing is copied', async () => {
    await migrate({ source, target });
    expect(await migrate({ source, target })).toMatchObject({ copied: 0, alreadyPresent: 12, mismatches: [] });
    expect(await ids(target)).toHaveLength(12);
  });

  it('given a target holding other events in a stream, when migrating, then it refuses and names the stream', async () => {
    await target.append('case-b', [caseOpened('inna sprawa')], { expectedRevision: 'no_stream' });
    await expect(migrate({ source, target })).rejects.toThrow(/"case-b".*not a copy/);
  });

  it('given a copy changed afterwards, when verifying, then the changed stream is reported with both counts and hashes', async () => {
    await migrate({ source, target });
    await target.append('case-c', [noteAdded('dopisane później')], { expectedRevision: 5 });
    const report = await verifyCopy(source, target);
    expect(report.mismatches).toEqual([
      {
        stream: 'case-c',
        source: { events: 6, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        target: { events: 7, sha256: expect.any(String) },
      },
    ]);
  });

  it('reports progress on the way: copy batches, then verification', async () => {
    const phases: string[] = [];
    await migrate({ source, target, batchSize: 5, onProgress: (progress) => phases.push(progress.phase) });
    expect(phases.filter((phase) => phase === 'copy').length).toBeGreaterThanOrEqual(3);
    expect(phases.at(-1)).toBe('verify');
  });
});
