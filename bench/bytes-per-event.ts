import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventCorpus } from './event-corpus.js';
import { type BenchResult, cost } from './measure.js';
import { bytesByTable, compactedSize } from './projection-rebuild.js';
import { copyEvents, openRawLog } from './raw-log.js';

/**
 * 5. Bytes per event on disk: the corpus's events.sqlite after VACUUM, vs the raw log table holding the same
 * rows (same data and metadata text), also after VACUUM. Run with the store closed.
 */
export function bytesPerEvent(corpus: EventCorpus): BenchResult {
  const ours = new Database(corpus.eventsFile);
  const rawFile = join(corpus.folder, 'raw.sqlite');
  const raw = openRawLog(rawFile);
  try {
    const oursBytes = compactedSize(ours, corpus.eventsFile);
    copyEvents(raw.db, corpus.eventsFile);
    const rawBytes = compactedSize(raw.db, rawFile);
    const { payload } = ours
      .prepare<[], { payload: number }>('SELECT SUM(length(CAST(data AS BLOB)) + length(CAST(metadata AS BLOB))) AS payload FROM events')
      .get()!;
    return {
      figures: [cost('5. bytes per event', 'bytes/event (after VACUUM)', oursBytes / corpus.events, rawBytes / corpus.events)],
      details: {
        events: corpus.events,
        oursFileBytes: oursBytes,
        rawFileBytes: rawBytes,
        jsonPayloadBytesPerEvent: payload / corpus.events,
        oursBytesByTableAndIndex: bytesByTable(ours),
        rawBytesByTableAndIndex: bytesByTable(raw.db),
      },
    };
  } finally {
    raw.db.close();
    ours.close();
  }
}
