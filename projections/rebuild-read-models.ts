import { join } from 'node:path';
import { catalogueCodec, isKnownEvent } from '../schema/events/catalogue.js';
import { createEventStore, eventStoreConfigFromEnv } from '../services/store/create-event-store.js';
import { createPersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { makeProjections } from './all-projections.js';
import { openReadModelDb } from './read-model-db.js';
import { createProjectionRunner } from './runner.js';
import { loggerFromEnv } from '../services/observability/logger.js';
import { truncateWal } from '../services/store/wal-checkpointer.js';

/** Where the read models and the shared files are, and the environment naming the event store. */
export interface ReadModelFolders {
  dataDir: string;
  sharedDir: string;
  env: Record<string, string | undefined>;
}

/**
 * Drops every read model of `config.dataDir` and replays all events from position 0 (`npm run rebuild-projections`,
 * with the server stopped), saying after each batch how far it got. Returns the position reached.
 */
export async function rebuildReadModels(
  config: ReadModelFolders,
  onProgress: (position: bigint, head: bigint) => void = () => {},
): Promise<bigint> {
  const store = await createEventStore(eventStoreConfigFromEnv(config.env, config.sharedDir), catalogueCodec);
  const db = openReadModelDb(join(config.dataDir, 'read-model.sqlite'));
  // The search index is built from free text sealed with the subjects' keys: opened with them (an erased person's no more).
  const keys = createSqliteSubjectKeyStore({ file: join(config.sharedDir, 'subject-keys.sqlite') });
  try {
    const runner = createProjectionRunner(store, db, makeProjections(createPersonalDataVault(keys)), loggerFromEnv(), {
      readable: isKnownEvent,
    });
    const head = await store.headPosition();
    runner.onApplied((events) => onProgress(events.at(-1)!.position, head));
    await runner.rebuild();
    // The old tables were dropped with secure_delete on: their zeroed pages go into the file, and the WAL is emptied.
    truncateWal(db);
    return runner.checkpoint();
  } finally {
    db.close();
    keys.close();
    await store.close();
  }
}
