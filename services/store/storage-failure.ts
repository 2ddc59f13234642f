import Database from 'better-sqlite3';
import { Unavailable } from '../errors.js';

/**
 * What the storage under a SQLite file can refuse, in words an administrator can act on. SQLite rolls the
 * transaction back on each of these, so whatever was being written was not written.
 */
function storageProblem(error: unknown): string | null {
  if (!(error instanceof Database.SqliteError)) return null;
  const code = error.code;
  if (code === 'SQLITE_FULL') return "the disk (or the database's size limit) is full";
  if (code.startsWith('SQLITE_READONLY')) return 'the file or its folder is read-only';
  if (code.startsWith('SQLITE_IOERR')) return `the disk reported an input/output error (${code})`;
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the file cannot be opened for writing';
  return null;
}

/**
 * UNAVAILABLE because the storage refused a write: what an administrator must act on rides along (the file's role and
 * SQLite's code, never the data being written), so the layer that logs, with the request's id, can say it.
 */
export class StorageUnavailable extends Unavailable {
  constructor(
    message: string,
    readonly storage: { what: string; code: string; problem: string },
  ) {
    super(message);
  }
}

/**
 * Turns a storage failure while writing `what` into UNAVAILABLE saying that nothing was written. Any other error is
 * returned as it was.
 */
export function unavailableIfStorageFailed(error: unknown, what: string): unknown {
  const problem = storageProblem(error);
  if (problem === null) return error;
  const code = (error as InstanceType<typeof Database.SqliteError>).code;
  return new StorageUnavailable(
    `The server could not write ${what}: ${problem}. Nothing was recorded. Try again later; the administrator must free disk space or make the data folder writable (docs/operations.md, "Disk full").`,
    { what, code, problem },
  );
}
