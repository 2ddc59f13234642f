import 'reflect-metadata';
import { join } from 'node:path';
import { configFromEnv } from '../services/api/config.js';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createEventStore, eventStoreConfigFromEnv } from '../services/store/create-event-store.js';
import { createFilesPrivately, warnIfLooselyKept } from '../services/privacy/private-files.js';
import { makeProjections } from './all-projections.js';
import { openReadModelDb } from './read-model-db.js';
import { createProjectionRunner } from './runner.js';

// `npm run rebuild-projections`: drops every read model and replays all events from position 0.
// Run it with the server stopped (the server would otherwise keep applying events to the old tables).
createFilesPrivately();
const config = configFromEnv(process.env);
warnIfLooselyKept([config.dataDir, config.sharedDir]);
const store = createEventStore(eventStoreConfigFromEnv(process.env, config.sharedDir), catalogueCodec);
const db = openReadModelDb(join(config.dataDir, 'read-model.sqlite'));
const runner = createProjectionRunner(store, db, makeProjections);
const started = performance.now();
await runner.rebuild();
console.log(`Read models rebuilt up to position ${runner.checkpoint()} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
db.close();
await store.close();
