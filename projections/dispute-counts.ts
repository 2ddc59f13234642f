import { openStatuses } from '../services/domain/complaint/index.js';
import type { DisputeView } from './dispute-view.js';
import type { ReadModelDb } from './projection.js';

/** The listing's filter (dispute-list.ts, which reads the counts through this module), as far as the counts read it. */
interface Filter {
  status?: readonly string[] | null;
  open?: boolean | null;
}

/** The listing's equality filters the counts answer, one at a time (`all` counts every dispute). */
const dimensions = ['unit', 'category', 'channel', 'assigneeId', 'decidedBy'] as const;

/**
 * A dispute's status and the values the listing's equality filters match, named as the filters and the `disputes`
 * row's parameters are: the row is saved from these and the counts count them, so the two cannot disagree.
 */
export const filterValuesOf = (v: DisputeView) => ({
  status: v.status,
  unit: v.concernedUnit,
  category: v.category,
  channel: v.channel,
  assigneeId: v.assignee?.userId ?? null,
  decidedBy: v.decision?.decidedBy.userId ?? null,
});

/**
 * How many disputes there are of each status, in all and by each value of the listings' equality filters: what
 * `disputes { totalCount }` answers from when its filter is one of these (issue 15: counting every match grew with the
 * store, 1.55× at a million disputes). Kept by the dispute projection from each dispute's view before and after a
 * batch; the table's size is the office's (units, categories, channels, staff by status), not its history's.
 */
export const countTableSql = `
    CREATE TABLE IF NOT EXISTS dispute_counts (
      dimension TEXT NOT NULL,
      value TEXT NOT NULL,
      status TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (dimension, value, status)
    ) WITHOUT ROWID;`;

/** Collects the count changes of a batch, one per dispute (its view before the batch and after it), and writes their sums. */
export function createCountKeeper(db: ReadModelDb) {
  const add = db.prepare(
    'INSERT INTO dispute_counts (dimension, value, status, n) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n',
  );
  const changes = new Map<string, [string, string, string, number]>();
  const bump = (dimension: string, value: string, status: string, by: number) => {
    const key = `${dimension}\u0000${value}\u0000${status}`;
    const known = changes.get(key);
    if (known) known[3] += by;
    else changes.set(key, [dimension, value, status, by]);
  };
  const tally = (view: DisputeView | null, by: number) => {
    if (view === null) return;
    const values = filterValuesOf(view);
    bump('all', '', values.status, by);
    for (const dimension of dimensions) {
      const value = values[dimension];
      if (value !== null) bump(dimension, value, values.status, by);
    }
  };
  return {
    changed(before: DisputeView | null, after: DisputeView | null) {
      tally(before, -1);
      tally(after, 1);
    },
    flush() {
      for (const [dimension, value, status, by] of changes.values()) if (by !== 0) add.run(dimension, value, status, by);
      changes.clear();
    },
  };
}

const countableKeys = new Set<string>(['status', 'open', ...dimensions]);

/**
 * The number of disputes a filter matches, read from the counts, or null for a filter they cannot answer: more than
 * one equality, or a date, lateness or assignment condition (those are counted row by row).
 */
export function countFromTally(db: ReadModelDb, filter: Filter): number | null {
  const values = filter as Readonly<Record<string, unknown>>;
  const given = Object.keys(values).filter((key) => values[key] != null);
  if (given.some((key) => !countableKeys.has(key))) return null;
  const equalities = given.filter((key) => (dimensions as readonly string[]).includes(key));
  if (equalities.length > 1) return null;
  const [dimension] = equalities;
  const clauses = ['dimension = ?', 'value = ?'];
  const params: string[] = dimension === undefined ? ['all', ''] : [dimension, String(values[dimension])];
  const open: readonly string[] = openStatuses;
  const statuses = filter.status?.length ? filter.status.filter((s) => filter.open == null || open.includes(s) === filter.open) : null;
  if (statuses === null && filter.open != null) {
    clauses.push(`status ${filter.open ? '' : 'NOT '}IN (${open.map(() => '?').join(', ')})`);
    params.push(...open);
  }
  if (statuses !== null) {
    if (statuses.length === 0) return 0;
    clauses.push(`status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  return (db.prepare(`SELECT coalesce(sum(n), 0) AS n FROM dispute_counts WHERE ${clauses.join(' AND ')}`).get(...params) as { n: number })
    .n;
}
