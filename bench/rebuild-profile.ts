import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { makeProjections } from '../projections/all-projections.js';
import { openReadModelDb } from '../projections/read-model-db.js';
import { createProjectionRunner } from '../projections/runner.js';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { type Profile, summary } from './cpu-profile.js';
import { createEventCorpus } from './event-corpus.js';
import { seconds } from './measure.js';

/**
 * Where a rebuild of benchmark 3 spends its CPU: `node dist/bench/rebuild-profile.js` builds a corpus of
 * PROFILE_DISPUTES settled complaints (2,000 by default, 10 events each), then rebuilds every read model from it under
 * the V8 profiler (the corpus is not profiled) and prints the functions with the most CPU of their own, and the
 * heaviest call paths, in microseconds per event.
 */
const disputes = Number(process.env.PROFILE_DISPUTES ?? 2000);
const corpus = await createEventCorpus(disputes);
try {
  const store = createSqliteEventStore({ file: corpus.eventsFile, codec: catalogueCodec });
  const db = openReadModelDb(join(corpus.folder, 'read-model.sqlite'));
  const runner = createProjectionRunner(store, db, makeProjections(corpus.vault));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const took = await seconds(() => runner.rebuild());
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  db.close();
  await store.close();
  console.log(`${corpus.events} events rebuilt in ${took.toFixed(2)} s (${Math.round(corpus.events / took)} events/s)`);
  console.log(summary(profile as Profile, corpus.events, 30, 'event'));
} finally {
  corpus.remove();
}
