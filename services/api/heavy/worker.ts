import { parentPort, workerData } from 'node:worker_threads';
import { createEqualityReportRows } from '../../../projections/equality/report-rows.js';
import { openReadModelDbReadOnly } from '../../../projections/read-model-db.js';
import { createRegisterQueries } from '../../../projections/register/register-queries.js';
import { catalogueCodec } from '../../../schema/events/catalogue.js';
import { AppError, type ErrorCode } from '../../errors.js';
import { createPersonalDataVault } from '../../privacy/personal-data-vault.js';
import { createPseudonyms } from '../../privacy/pseudonyms.js';
import { createSqliteSubjectKeyStore } from '../../privacy/subject-key-store.js';
import { createEventStore, type EventStoreConfig } from '../../store/create-event-store.js';
import { openSqliteDatabaseReadOnly } from '../../store/open-sqlite-database.js';
import { createSqliteEventStore } from '../../store/sqlite-event-store.js';
import { jobs, type JobDeps, type JobKind } from './jobs.js';

/** What a worker thread is given: where the server's files are (it opens its own connections) and the office's settings. */
export interface WorkerSetup {
  readModelFile: string;
  eventStore: EventStoreConfig;
  subjectKeysFile: string;
  /** Where the pseudonym secret is (the shared folder). */
  sharedDir: string;
  minimumGroupSize: number;
}

/** An error as it crosses to the server's thread: our own errors keep their code, sentence and details. */
export interface PassedError {
  name: string;
  message: string;
  stack?: string;
  code?: ErrorCode;
  details?: Record<string, unknown>;
}

const setup = workerData as WorkerSetup;
const readDb = openReadModelDbReadOnly(setup.readModelFile);
// The SQLite event file read-only, beside the server's connection; EventStoreDB through a client of this thread's own.
const store =
  setup.eventStore.kind === 'sqlite'
    ? createSqliteEventStore({ database: openSqliteDatabaseReadOnly(setup.eventStore.file), codec: catalogueCodec })
    : await createEventStore(setup.eventStore, catalogueCodec);
const shared = {
  reportRows: createEqualityReportRows(readDb, store),
  register: createRegisterQueries(readDb),
  pseudonyms: createPseudonyms({ dataDir: setup.sharedDir }),
  minimumGroupSize: setup.minimumGroupSize,
};

const passed = (error: unknown): PassedError =>
  error instanceof AppError
    ? { name: error.name, message: error.message, code: error.code, details: error.details, ...(error.stack ? { stack: error.stack } : {}) }
    : error instanceof Error
      ? { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
      : { name: typeof error, message: 'A report job failed.' };

parentPort!.on('message', async ({ kind, args }: { kind: JobKind; args: never }) => {
  // The keys are read anew for each job and nothing opened outlives it: an erasure made meanwhile, here or by another
  // replica, is seen by the next job, and no person's data stays in this thread's memory between jobs.
  const keys = createSqliteSubjectKeyStore({ file: setup.subjectKeysFile });
  try {
    const deps: JobDeps = { ...shared, vault: createPersonalDataVault(keys) };
    parentPort!.postMessage({ result: await jobs[kind](deps, args) });
  } catch (error) {
    parentPort!.postMessage({ error: passed(error) });
  } finally {
    keys.close();
  }
});
