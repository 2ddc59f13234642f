import { join } from 'node:path';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createPersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { disputeEvents, settledCase } from './complaint-script.js';
import { tempFolder } from './measure.js';

export interface EventCorpus {
  folder: string;
  eventsFile: string;
  disputes: number;
  events: number;
  remove(): void;
}

/**
 * 10k settled complaints of 10 events each, appended through the store one dispute (10 events) per append:
 * validated like any write. Keys live in memory: the corpus measures the event log, not the key store.
 */
export async function createEventCorpus(disputes = 10_000): Promise<EventCorpus> {
  const folder = tempFolder('corpus');
  const eventsFile = join(folder.path, 'events.sqlite');
  const store = createSqliteEventStore({ file: eventsFile, codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: ':memory:' });
  const vault = createPersonalDataVault(keys);
  let events = 0;
  try {
    for (let n = 0; n < disputes; n++) {
      const dispute = disputeEvents(n, settledCase(n), vault);
      await store.append(dispute.stream, dispute.events, { expectedRevision: 'no_stream' });
      events += dispute.events.length;
    }
  } catch (error) {
    folder.remove();
    throw error;
  } finally {
    keys.close();
    await store.close();
  }
  return { folder: folder.path, eventsFile, disputes, events, remove: folder.remove };
}
