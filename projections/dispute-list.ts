import { BadInput } from '../services/errors.js';
import { countFromTally } from './dispute-counts.js';
import type { DisputeView } from './dispute-view.js';
import type { ReadModelDb } from './read-model-db.js';

export const disputeSorts = ['RECEIVED_DESC', 'RECEIVED_ASC', 'DUE_ASC', 'DUE_DESC'] as const;
export type DisputeSort = (typeof disputeSorts)[number];

export interface DisputeFilter {
  status?: string[] | null;
  category?: string | null;
  unit?: string | null;
  assigneeId?: string | null;
  /** Has an assignee (true) or none yet (false). */
  assigned?: boolean | null;
  /** Not yet settled (true) or settled (false). */
  open?: boolean | null;
  channel?: string | null;
  /** User id of whoever recorded the decision. */
  decidedBy?: string | null;
  overdue?: boolean | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  dueFrom?: string | null;
  dueTo?: string | null;
}

export interface DisputePage {
  /** As stored: the texts they repeat from their timelines are named, not held (`DisputeQueries.snapshotOf` puts them back). */
  items: DisputeView[];
  endCursor: string | null;
  hasNextPage: boolean;
  /**
   * Every dispute the filter matches, only when asked for: from the counts kept per status and equality filter
   * (dispute-counts.ts) where they answer the filter, else by reading every match.
   */
  totalCount: () => number;
}

const sortKeys = {
  RECEIVED_DESC: { column: 'received_ms', of: (v) => Date.parse(v.receivedAt), descending: true },
  RECEIVED_ASC: { column: 'received_ms', of: (v) => Date.parse(v.receivedAt), descending: false },
  DUE_ASC: { column: 'due_ms', of: (v) => Date.parse(v.dueAt), descending: false },
  DUE_DESC: { column: 'due_ms', of: (v) => Date.parse(v.dueAt), descending: true },
} as const satisfies Record<DisputeSort, { column: string; of: (v: DisputeView) => number; descending: boolean }>;

/** A cursor carries its sort and the sort key of the last row, so the next page starts right after that row. */
export const cursorFor = (sort: DisputeSort, view: DisputeView) =>
  Buffer.from(JSON.stringify([sort, sortKeys[sort].of(view), view.id])).toString('base64url');

function decodeCursor(sort: DisputeSort, cursor: string): { key: number; id: string } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || typeof decoded[1] !== 'number' || typeof decoded[2] !== 'string') {
    throw new BadInput(
      '`after` is not a cursor this server gave out: pass the endCursor of the previous page, or leave `after` out to start over.',
      [{ path: 'after', message: 'unknown cursor' }],
    );
  }
  if (decoded[0] !== sort) {
    throw new BadInput(
      `This cursor belongs to a listing sorted ${decoded[0]}, not ${sort}: keep the same sort while paging, or leave \`after\` out to start over.`,
      [{ path: 'after', message: 'cursor of another sort' }],
    );
  }
  return { key: decoded[1], id: decoded[2] };
}

/** Equality filters that an index `(column, received_ms, id)` serves, the most selective first. */
const indexedEqualities = ['assigneeId', 'decidedBy', 'unit', 'category'] as const;

/**
 * Disputes filtered and sorted by what supervisors ask, one page at a time. Keyset pagination on (sort key, id):
 * disputes received meanwhile never shift a page already handed out nor make the next one repeat or skip a row.
 *
 * A page reads about `first` rows whatever the store's size: it walks one index in the sort's order and stops at
 * `first + 1` matches. By receipt, that is the index of the most selective equality filter given (its rows are in
 * receipt order), or for `open`/`overdue` the one of open disputes, else the receipt index itself; by due date,
 * the open disputes' index or the due index. Every other filter is written `+column`, which SQLite cannot use for
 * an index, so it never prefers an index that would make it sort all the matches.
 */
export function listDisputes(
  db: ReadModelDb,
  now: Date,
  filter: DisputeFilter,
  sort: DisputeSort,
  first: number,
  after: string | null,
): DisputePage {
  const { column, descending } = sortKeys[sort];
  const byReceipt = column === 'received_ms';
  const openOnly = filter.open === true || filter.overdue === true;
  const served = byReceipt && !openOnly ? indexedEqualities.find((key) => filter[key] != null) : undefined;
  const where: string[] = [];
  const params: Record<string, string | number> = { now: now.getTime() };
  if (filter.status?.length) {
    where.push(`+status IN (${filter.status.map((_, i) => `@status${i}`).join(', ')})`);
    filter.status.forEach((s, i) => (params[`status${i}`] = s));
  }
  const equal = { category: 'category', unit: 'unit', assigneeId: 'assignee_id', channel: 'channel', decidedBy: 'decided_by' } as const;
  for (const [key, col] of Object.entries(equal) as [keyof typeof equal, string][]) {
    const value = filter[key];
    if (value == null) continue;
    where.push(`${key === served ? '' : '+'}${col} = @${key}`);
    params[key] = value;
  }
  if (filter.assigned != null) where.push(filter.assigned ? '+assignee_id IS NOT NULL' : '+assignee_id IS NULL');
  // `is_open = 1` is what the open disputes' indexes serve; the rest of the overdue test is checked row by row.
  if (openOnly) where.push('is_open = 1');
  if (filter.open === false) where.push('+is_open = 0');
  if (filter.overdue != null)
    where.push(filter.overdue ? `${column === 'due_ms' ? '' : '+'}due_ms < @now` : 'NOT (+is_open = 1 AND +due_ms < @now)');
  const between = {
    receivedFrom: ['received_ms', '>='],
    receivedTo: ['received_ms', '<'],
    dueFrom: ['due_ms', '>='],
    dueTo: ['due_ms', '<'],
  } as const;
  for (const [key, [col, op]] of Object.entries(between) as [keyof typeof between, (typeof between)[keyof typeof between]][]) {
    const value = filter[key];
    if (value == null) continue;
    // A range of the sort's own column narrows the walk; a range of the other would tempt SQLite to sort.
    where.push(`${col === column ? '' : '+'}${col} ${op} @${key}`);
    params[key] = Date.parse(value);
  }
  const whereSql = (clauses: string[]) => (clauses.length ? `WHERE ${clauses.join(' AND ')}` : '');
  const totalCount = () =>
    countFromTally(db, filter) ?? (db.prepare(`SELECT count(*) AS n FROM disputes ${whereSql(where)}`).get(params) as { n: number }).n;

  const page = [...where];
  if (after) {
    const cursor = decodeCursor(sort, after);
    const past = descending ? '<' : '>';
    page.push(`(${column} ${past} @cKey OR (${column} = @cKey AND id ${past} @cId))`);
    params.cKey = cursor.key;
    params.cId = cursor.id;
  }
  const direction = descending ? 'DESC' : 'ASC';
  const rows = db
    .prepare(`SELECT doc FROM disputes ${whereSql(page)} ORDER BY ${column} ${direction}, id ${direction} LIMIT @limit`)
    .all({ ...params, limit: first + 1 }) as { doc: string }[];
  const items = rows.slice(0, first).map((r) => JSON.parse(r.doc) as DisputeView);
  const last = items[items.length - 1];
  return { items, endCursor: last ? cursorFor(sort, last) : null, hasNextPage: rows.length > first, totalCount };
}
