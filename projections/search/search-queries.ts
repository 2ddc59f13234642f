import { BadInput } from '../../services/errors.js';
import type { ReadModelDb } from '../read-model-db.js';
import type { SearchField } from './search-projection.js';
import { searchTerms } from './fold-polish.js';

export interface SearchHit {
  disputeId: string;
  field: SearchField;
  at: string;
  /** The best matching passage, matched words between [[ and ]]. */
  snippet: string;
}

export type SearchQueries = ReturnType<typeof createSearchQueries>;

const MAX_TERMS = 12;

export function createSearchQueries(db: ReadModelDb) {
  const matches = db.prepare<{ query: string }, SearchHit>(`
    SELECT d.dispute_id AS disputeId, d.field, d.at, snippet(search_index, 0, '[[', ']]', '…', 16) AS snippet
    FROM search_index JOIN search_documents d ON d.position = search_index.rowid
    WHERE search_index MATCH @query ORDER BY rank`);

  /**
   * Disputes whose texts hold every word of `text` (each also as the start of a longer word, so "skarg" finds
   * "skargi"), best match first, one hit per dispute. Words are quoted, so no FTS5 syntax reaches the index.
   */
  return function search(text: string, first: number): SearchHit[] {
    const terms = [...new Set(searchTerms(text))];
    if (terms.length === 0) {
      throw new BadInput('Give at least one word to search for (letters or digits).', [{ path: 'text', message: 'no words to search for' }]);
    }
    if (terms.length > MAX_TERMS) {
      throw new BadInput(`Search with at most ${MAX_TERMS} words; leave out the common ones.`, [{ path: 'text', message: 'too many words' }]);
    }
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    for (const hit of matches.iterate({ query: terms.map((t) => `"${t}"*`).join(' ') })) {
      if (seen.has(hit.disputeId)) continue;
      seen.add(hit.disputeId);
      hits.push(hit);
      if (hits.length === first) break;
    }
    return hits;
  };
}
