import type { ReadModelDb } from '../read-model-db.js';

export const searchTables = ['search_index', 'search_documents'] as const;

/**
 * The texts keep their letters in `search_documents`; the FTS5 index over them (external content) is fed the
 * folded text, so "dlugie" finds "długie" while snippets still quote the original words.
 */
export function createSearchTables(db: ReadModelDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS search_documents (
      position INTEGER PRIMARY KEY,
      dispute_id TEXT NOT NULL,
      field TEXT NOT NULL,
      at TEXT NOT NULL,
      text TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
      text, field UNINDEXED,
      content = 'search_documents', content_rowid = 'position',
      tokenize = 'unicode61 remove_diacritics 2'
    );
  `);
}
