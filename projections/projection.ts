import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../schema/envelope.js';
import type { PersonalDataVault } from '../services/privacy/personal-data-vault.js';

export type ReadModelDb = Database.Database;

/** What a projection may need besides its tables: the vault opens sealed free text (for the search index). */
export interface ProjectionContext {
  vault: PersonalDataVault;
}

/** Applies a batch of the events a projection handles, in order, inside the runner's transaction with the checkpoint. */
export type ApplyBatch = (events: readonly RecordedEvent[]) => void;

/**
 * A read model, as Emmett's projections are (`canHandle`, `handle`, `truncate`): the events it handles, the tables it
 * owns, and how it applies a batch. The runner gives it only the events it declares, and rebuilds it by truncating its
 * tables and replaying. Defining one does nothing; `open` prepares its statements against a read-model database.
 */
export interface Projection {
  name: string;
  /** The event types it reads; the runner gives it no other. */
  handles: ReadonlySet<string>;
  /** Its tables (virtual ones first), each created by `createTables`. */
  tables: readonly string[];
  /** Creates its tables and indexes where they are missing. */
  createTables(db: ReadModelDb): void;
  /** Empties its tables, for a rebuild. */
  truncate(db: ReadModelDb): void;
  /**
   * Indexes its own writes never read (only its queries do): a rebuild drops them before the replay and `createTables`
   * makes them again after it, one sort each instead of an insertion at a random place for every row.
   */
  deferredIndexes: readonly string[];
  open(db: ReadModelDb, context: ProjectionContext): ApplyBatch;
}

/**
 * The tables part of a projection: `truncate` drops them and creates them anew, which is quicker than deleting every
 * row and leaves no index grown for rows now gone. A virtual table (FTS5) is listed before its content table.
 */
export function ownTables(tables: readonly string[], createTables: (db: ReadModelDb) => void, deferredIndexes: readonly string[] = []) {
  return {
    tables,
    createTables,
    deferredIndexes,
    truncate(db: ReadModelDb) {
      for (const table of tables) db.exec(`DROP TABLE IF EXISTS ${table}`);
      createTables(db);
    },
  };
}

/** A projection whose events are independent of each other: applied one by one. */
export const perEvent =
  (apply: (event: RecordedEvent) => void): ApplyBatch =>
  (events) =>
    events.forEach((event) => apply(event));
