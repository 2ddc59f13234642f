import { ownTables, type ReadModelDb } from '../projection.js';

/**
 * The texts keep their letters in `search_documents`; the FTS5 index over them (external content) is fed the
 * folded text, so "dlugie" finds "długie" while snippets still quote the original words.
 *
 * The index deletes securely (FTS5 `secure-delete`, SQLite >= 3.44): a document's words are removed from the index's
 * own pages, not only marked deleted, so that an erased person's words do not stay in its live pages.
 *
 * `search_subjects` names the persons of each dispute (the complainant, the mediation parties) by subject id, so
 * that erasing one (GDPR art. 17) removes that dispute's texts from the index; `erased` keeps later texts out.
 */
export const searchTables = ownTables(['search_index', 'search_documents', 'search_subjects'], (db: ReadModelDb) =>
  db.exec(`
    CREATE TABLE IF NOT EXISTS search_documents (
      position INTEGER PRIMARY KEY,
      dispute_id TEXT NOT NULL,
      field TEXT NOT NULL,
      at TEXT NOT NULL,
      text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS search_documents_dispute ON search_documents (dispute_id);
    CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
      text, field UNINDEXED,
      content = 'search_documents', content_rowid = 'position',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
    CREATE TABLE IF NOT EXISTS search_subjects (
      dispute_id TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      erased INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (dispute_id, subject_id)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS search_subjects_subject ON search_subjects (subject_id);
  `),
);
