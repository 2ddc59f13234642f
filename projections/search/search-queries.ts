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
/** Above this many matching passages a search is "common": ranking every match would read them all. */
export const RANKED_AT_MOST = 500;

export function createSearchQueries(db: ReadModelDb) {
  const hit = `SELECT d.dispute_id AS disputeId, d.field, d.at, snippet(search_index, 0, '[[', ']]', '…', 16) AS snippet
    FROM search_index JOIN search_documents d ON d.position = search_index.rowid WHERE search_index MATCH @query`;
  // bm25 reads every match of each word (its weights count them), so only a search with few matches is ranked.
  const ranked = db.prepare<{ query: string }, SearchHit>(`${hit} ORDER BY rank`);
  // FTS5 walks the matches newest first and stops at the limit, however many there are.
  const newest = db.prepare<{ query: string; limit: number }, SearchHit>(`${hit} ORDER BY search_index.rowid DESC LIMIT @limit`);
  const few = db.prepare<{ query: string; limit: number }, { rowid: number }>(
    'SELECT rowid FROM search_index WHERE search_index MATCH @query ORDER BY rowid DESC LIMIT @limit',
  );

  /** Whether more than RANKED_AT_MOST passages match: then ranking them all would read them all. */
  const isCommon = (query: string) => few.all({ query, limit: RANKED_AT_MOST + 1 }).length > RANKED_AT_MOST;

  /**
   * Disputes whose texts hold every word of `text` (each also as the start of a longer word, so "skarg" finds
   * "skargi"), best match first, one hit per dispute. Words are quoted, so no FTS5 syntax reaches the index. When
   * more than RANKED_AT_MOST passages match (a common word), the newest of them come first instead, so the cost stays
   * that of RANKED_AT_MOST passages however large the index grows.
   *
   * A prefix (`"prosze"*`) makes FTS5 merge the whole list of passages of every word it starts, whatever the limit:
   * linear in the store (62.7 ms at a million disputes, docs/benchmarks.md). So words common as themselves are
   * searched as themselves, newest first, which FTS5 walks from the end and stops: "proszę" finds its newest passages,
   * not those of "proszek". A prefix common only through its longer words ("spraw") still pays the merge.
   */
  return function search(text: string, first: number): SearchHit[] {
    const terms = [...new Set(searchTerms(text))];
    if (terms.length === 0) {
      throw new BadInput('Give at least one word to search for (letters or digits).', [
        { path: 'text', message: 'no words to search for' },
      ]);
    }
    if (terms.length > MAX_TERMS) {
      throw new BadInput(`Search with at most ${MAX_TERMS} words; leave out the common ones.`, [
        { path: 'text', message: 'too many words' },
      ]);
    }
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    const asWritten = terms.map((t) => `"${t}"`).join(' ');
    const asPrefixes = terms.map((t) => `"${t}"*`).join(' ');
    const commonAsWritten = isCommon(asWritten);
    const query = commonAsWritten ? asWritten : asPrefixes;
    const common = commonAsWritten || isCommon(asPrefixes);
    for (const hit of common ? newest.iterate({ query, limit: RANKED_AT_MOST }) : ranked.iterate({ query })) {
      if (seen.has(hit.disputeId)) continue;
      seen.add(hit.disputeId);
      hits.push(hit);
      if (hits.length === first) break;
    }
    return hits;
  };
}
