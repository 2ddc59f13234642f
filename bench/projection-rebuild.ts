import { join } from 'node:path';
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { makeProjections } from '../projections/all-projections.js';
import { openReadModelDb } from '../projections/read-model-db.js';
import { createProjectionRunner } from '../projections/runner.js';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { truncateWal } from '../services/store/wal-checkpointer.js';
import type { EventCorpus } from './event-corpus.js';
import { type BenchResult, cost, seconds, throughput } from './measure.js';

interface Row {
  data: string;
  metadata: string;
}

/** The raw limit: one ordered pass over the very same events table, parsing data and metadata. */
function rawScan(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    let parsed = 0;
    for (const row of db
      .prepare<[], Row>('SELECT position, stream, revision, type, data, metadata FROM events ORDER BY position')
      .iterate()) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
      parsed++;
    }
    return parsed;
  } finally {
    db.close();
  }
}

/** The file's size once its write-ahead log is folded in and its free pages dropped. */
export function compactedSize(db: Database.Database, file: string): number {
  truncateWal(db);
  db.exec('VACUUM');
  truncateWal(db);
  const wal = `${file}-wal`;
  return statSync(file).size + (existsSync(wal) ? statSync(wal).size : 0);
}

/** Bytes per table and index, from SQLite's dbstat table. */
export const bytesByTable = (db: Database.Database) =>
  Object.fromEntries(
    db
      .prepare<[], { name: string; bytes: number }>('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
      .all()
      .map((r) => [r.name, r.bytes]),
  );

/**
 * 3. A rebuild of every read model from the whole corpus (drop them, replay from position 0: read, validate, fold
 * each dispute's view, write the disputes, timelines, search index, register and equality tables), vs the raw
 * ordered scan. 8. The read models' size on disk against the events' own, both compacted.
 */
export async function projectionRebuild(corpus: EventCorpus): Promise<BenchResult> {
  // A first pass warms the page cache; then one scan before the rebuild and one after, averaged.
  const scanned = rawScan(corpus.eventsFile);
  if (scanned !== corpus.events) throw new Error(`The raw scan read ${scanned} events, expected ${corpus.events}.`);
  const scanBefore = await seconds(() => rawScan(corpus.eventsFile));

  const store = createSqliteEventStore({ file: corpus.eventsFile, codec: catalogueCodec });
  const readModelFile = join(corpus.folder, 'read-model.sqlite');
  const db = openReadModelDb(readModelFile);
  try {
    // Where the time goes: reading alone, through the store's port (zod validation of every event).
    const readSeconds = await seconds(async () => {
      let position = 0n;
      for (;;) {
        const batch = await store.readAll({ fromPosition: position, limit: 1000 });
        if (batch.length === 0) return;
        position = batch[batch.length - 1]!.position;
      }
    });
    const runner = createProjectionRunner(store, db, makeProjections(corpus.vault));
    const rebuildSeconds = await seconds(() => runner.rebuild());
    const rawSeconds = (scanBefore + (await seconds(() => rawScan(corpus.eventsFile)))) / 2;
    const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM timeline').get()!;
    if (n !== corpus.events) throw new Error(`The rebuild projected ${n} timeline entries, expected ${corpus.events}.`);
    const readModelBytes = compactedSize(db, readModelFile);
    const events = new Database(corpus.eventsFile);
    const eventsBytes = compactedSize(events, corpus.eventsFile);
    events.close();
    return {
      figures: [
        throughput('3. projection rebuild', 'events/s vs scanned/s', corpus.events / rebuildSeconds, corpus.events / rawSeconds, 0.5),
        cost('8. read models on disk', "bytes vs the events' bytes", readModelBytes, eventsBytes, 1),
      ],
      details: {
        readModelBytes,
        eventsBytes,
        readModelBytesByTableAndIndex: bytesByTable(db),
        events: corpus.events,
        disputes: corpus.disputes,
        rebuildSeconds,
        rawScanSeconds: rawSeconds,
        readAllThroughStorePerSecond: corpus.events / readSeconds,
      },
    };
  } finally {
    db.close();
    await store.close();
  }
}
