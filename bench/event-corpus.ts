import { join } from 'node:path';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createPersonalDataVault, type PersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { disputeEvents, settledCase } from './complaint-script.js';
import { tempFolder } from './measure.js';

export interface EventCorpus {
  folder: string;
  eventsFile: string;
  /** Opens the free text with the subjects' keys (held in memory: the corpus measures the event log, not the key store). */
  vault: PersonalDataVault;
  disputes: number;
  events: number;
  remove(): void;
}

/** Disputes appended at once: the store writes them in one transaction, as it would for that many clients. */
const AT_ONCE = 100;

/**
 * 10k settled complaints of 10 events each, appended through the store one dispute (10 events) per append:
 * validated like any write.
 */
export async function createEventCorpus(disputes = 10_000): Promise<EventCorpus> {
  const temp = tempFolder('corpus');
  const eventsFile = join(temp.path, 'events.sqlite');
  const store = createSqliteEventStore({ file: eventsFile, codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: ':memory:' });
  const vault = createPersonalDataVault(keys);
  const remove = () => {
    keys.close();
    temp.remove();
  };
  let events = 0;
  try {
    for (let n = 0; n < disputes; n += AT_ONCE) {
      const batch = Array.from({ length: Math.min(AT_ONCE, disputes - n) }, (_, i) => disputeEvents(n + i, settledCase(n + i), vault));
      await Promise.all(batch.map((dispute) => store.append(dispute.stream, dispute.events, { expectedRevision: 'no_stream' })));
      events += batch.reduce((sum, dispute) => sum + dispute.events.length, 0);
    }
  } catch (error) {
    remove();
    throw error;
  } finally {
    await store.close();
  }
  return { folder: temp.path, eventsFile, vault, disputes, events, remove };
}
