import { describe, expect, it } from 'vitest';
import { disputeSorts, type DisputeFilter, listDisputes } from '../../projections/dispute-list.js';
import { openReadModelDb, type ReadModelDb } from '../../projections/read-model-db.js';
import { RANKED_AT_MOST, createSearchQueries } from '../../projections/search/search-queries.js';
import { foldPolish } from '../../projections/search/fold-polish.js';
import { type DisputeFacts, dueWithin, overdueAt, workloadAt } from '../../projections/supervision/figures.js';
import { createSupervisionQueries } from '../../projections/supervision/supervision-queries.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { createCalendar, type Calendar } from '../../services/domain/deadlines/index.js';

/** The statements a read model prepares, in order: what a query asked SQLite to do. */
function recording(db: ReadModelDb) {
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  return prepared;
}

/** The FTS5 queries the statements prepared from now on are run with, in order. */
function askedMatches(db: ReadModelDb): string[] {
  const asked: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (!/MATCH/.test(sql)) return statement;
    return new Proxy(statement, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        const run = (value as (...args: unknown[]) => unknown).bind(target);
        if (property !== 'all' && property !== 'iterate' && property !== 'get') return run;
        return (params: { query: string }, ...rest: unknown[]) => {
          asked.push(params.query);
          return run(params, ...rest);
        };
      },
    });
  }) as typeof db.prepare;
  return asked;
}

const plan = (db: ReadModelDb, sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('; ');

const filters: Record<string, DisputeFilter> = {
  none: {},
  status: { status: ['RECEIVED', 'ACKNOWLEDGED'] },
  category: { category: 'przewlekłość postępowania' },
  unit: { unit: 'Wydział Świadczeń Społecznych' },
  assignee: { assigneeId: 'u-anna' },
  'assignee, open': { assigneeId: 'u-anna', open: true },
  unassigned: { assigned: false },
  open: { open: true },
  settled: { open: false },
  channel: { channel: 'EPUAP' },
  overdue: { overdue: true },
  'not overdue': { overdue: false },
  'unit, overdue': { unit: 'Straż Miejska', overdue: true },
  'received between': { receivedFrom: '2025-01-01T00:00:00+01:00', receivedTo: '2025-02-01T00:00:00+01:00' },
  'due between': { dueFrom: '2025-01-01T00:00:00+01:00', dueTo: '2025-02-01T00:00:00+01:00' },
  'decided by': { decidedBy: 'u-ewa' },
  'unit and category': { unit: 'Straż Miejska', category: 'hałas z budowy przy ul. Żelaznej' },
};

/** The filters the counts cannot answer: two equalities, dates, lateness (it changes with the clock) or assignment. */
const countedRowByRow = new Set([
  'unassigned',
  'overdue',
  'not overdue',
  'unit, overdue',
  'received between',
  'due between',
  'unit and category',
]);

describe('disputes(filter, sort, first): a page reads about `first` rows, however many disputes the read model holds', () => {
  for (const [name, filter] of Object.entries(filters)) {
    for (const sort of disputeSorts) {
      it(`${name}, ${sort}: walks one index in the sort's order, never sorts the matches, and counts nothing unless asked`, () => {
        const db = openReadModelDb(':memory:');
        const prepared = recording(db);
        const page = listDisputes(db, new Date('2025-03-11T08:00:00Z'), filter, sort, 20, null);
        const [pageSql, ...others] = prepared;
        expect(others).toEqual([]);
        expect(pageSql).not.toContain('count(*)');
        const detail = plan(db, pageSql!, { now: 0, limit: 21, status0: 'RECEIVED', status1: 'ACKNOWLEDGED', ...paramsOf(filter) });
        expect(detail).not.toContain('TEMP B-TREE');
        expect(detail).toMatch(/USING (COVERING )?INDEX/);
        // Asked for, the count is one more statement: from the counts kept per status and equality filter
        // (dispute-counts.ts) where they answer the filter, else over the same filter's matches.
        expect(page.totalCount()).toBe(0);
        expect(prepared.at(-1)).toContain(
          countedRowByRow.has(name) ? 'count(*) AS n FROM disputes' : 'sum(n), 0) AS n FROM dispute_counts',
        );
        db.close();
      });
    }
  }
});

function paramsOf(filter: DisputeFilter): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'status' || typeof value === 'boolean') continue;
    params[key] = /From|To$/.test(key) ? Date.parse(value as string) : value;
  }
  return params;
}

/** A read model with only search documents: `document` indexes a complaint's description, a minute after the last. */
function searchIndex() {
  const db = openReadModelDb(':memory:');
  const add = db.prepare('INSERT INTO search_documents (position, dispute_id, field, at, text) VALUES (?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO search_index (rowid, text, field) VALUES (?, ?, ?)');
  const document = (position: number, disputeId: string, text: string) => {
    add.run(position, disputeId, 'DESCRIPTION', new Date(Date.UTC(2025, 0, 1) + position * 60_000).toISOString(), text);
    index.run(position, foldPolish(text), 'DESCRIPTION');
  };
  return { db, document };
}

describe('search for a common word: flat in the number of matches', () => {
  const { db, document } = searchIndex();
  // Every complaint says "wniosek"; a few also say "żuraw" (a crane on a building site), twice in the second one.
  const common = RANKED_AT_MOST * 3;
  for (let n = 1; n <= common; n++) document(n, `d-${n}`, `Złożyłem wniosek ${n} i czekam na odpowiedź urzędu.`);
  document(common + 1, 'd-crane-1', 'Wniosek o usunięcie żurawia z chodnika przy ul. Żelaznej.');
  document(common + 2, 'd-crane-2', 'Żuraw stoi na chodniku; żuraw zasłania przejście.');
  const search = createSearchQueries(db);

  it('a word in more passages than RANKED_AT_MOST answers the newest matching disputes first, each once, `first` of them', () => {
    const hits = search('wniosek', 20);
    expect(hits.map((h) => h.disputeId)).toEqual(['d-crane-1', ...Array.from({ length: 19 }, (_, i) => `d-${common - i}`)]);
    expect(hits[1]!.snippet).toBe(`Złożyłem [[wniosek]] ${common} i czekam na odpowiedź urzędu.`);
  });

  it('a word in few passages is still ranked by relevance (bm25): the passage saying it twice first', () => {
    expect(search('zuraw', 20).map((h) => h.disputeId)).toEqual(['d-crane-2', 'd-crane-1']);
  });

  it('what SQLite is asked for a common word stops at a limit: no statement ranks or reads every match', () => {
    const prepared = recording(db);
    const fresh = createSearchQueries(db);
    fresh('wniosek', 5);
    const limited = prepared.filter((sql) => /MATCH/.test(sql));
    for (const sql of limited.filter((sql) => !sql.includes('ORDER BY rank'))) expect(sql).toContain('LIMIT @limit');
  });
});

describe('search for a word common as itself: the word as written, newest first, without merging its longer forms', () => {
  const { db, document } = searchIndex();
  const common = RANKED_AT_MOST * 2;
  for (let n = 1; n <= common; n++) document(n, `d-${n}`, `Uprzejmie proszę o informację w sprawie ${n}.`);
  // The newest passage holds only a longer word that "sprawie" and "spraw" start.
  document(common + 1, 'd-plural', 'Piszę w sprawiedliwej intencji, bez numeru.');
  const search = createSearchQueries(db);

  it('given a word in more passages than RANKED_AT_MOST, then its own newest passages come first, not a longer word’s', () => {
    expect(search('Sprawie', 3).map((h) => h.disputeId)).toEqual([`d-${common}`, `d-${common - 1}`, `d-${common - 2}`]);
  });

  it('given a beginning common only through its longer words, then it is still searched as a beginning, newest first', () => {
    expect(search('spraw', 2).map((h) => h.disputeId)).toEqual(['d-plural', `d-${common}`]);
  });

  it('given a word in few passages, then it still finds the longer words it starts', () => {
    expect(search('sprawiedliw', 5).map((h) => h.disputeId)).toEqual(['d-plural']);
  });

  it('what FTS5 is asked for a word common as itself holds no prefix; for a beginning, it does', () => {
    const asked = askedMatches(db);
    const fresh = createSearchQueries(db);
    fresh('sprawie', 5);
    expect(asked.splice(0)).toEqual(['"sprawie"', '"sprawie"']);
    fresh('spraw', 5);
    expect(asked.splice(0)).toEqual(['"spraw"', '"spraw"*', '"spraw"*']);
  });
});

describe('deadlines, overdue and workload: the work is done for the rows answered, once per dispute', () => {
  const counting = (inner: Calendar) => {
    let days = 0;
    return { calendar: { ...inner, isWorkingDay: (d: string) => (days++, inner.isWorkingDay(d)) }, days: () => days };
  };
  const at = new Date('2025-06-30T08:00:00Z');
  const facts: DisputeFacts[] = Array.from({ length: 30_000 }, (_, n) => ({
    id: `d-${String(n).padStart(5, '0')}`,
    open: n % 10 !== 0,
    // Due from 120 days before `at` to 60 days after it.
    dueAt: new Date(at.getTime() + ((n % 180) - 120) * 86_400_000).toISOString(),
    receivedAt: new Date(at.getTime() - ((n % 180) + 30) * 86_400_000).toISOString(),
    assignee: n % 7 === 0 ? null : { userId: `u-${n % 12}`, name: `Urzędnik ${n % 12}` },
    unit: n % 5 === 0 ? null : `Wydział ${n % 9}`,
  }));

  it('overdueAt and dueWithin count working days for the first `first` rows only, and those rows are the first of the whole list', () => {
    const all = overdueAt(facts, at, createCalendar(), 100_000);
    const one = counting(createCalendar());
    const two = overdueAt(facts, at, one.calendar, 2);
    expect(two).toEqual(all.slice(0, 2));
    // Two rows, each at most 120 days late.
    expect(one.days()).toBeLessThanOrEqual(2 * 120);
    const soon = counting(createCalendar());
    expect(dueWithin(facts, at, 30, soon.calendar, 3)).toEqual(dueWithin(facts, at, 30, createCalendar(), 100_000).slice(0, 3));
    expect(soon.days()).toBeLessThanOrEqual(3 * 30);
  });

  it('workloadAt adds each of 30,000 disputes to its groups once: the groups sum to the open disputes', () => {
    const w = workloadAt(facts, at);
    const open = facts.filter((f) => f.open).length;
    expect(w.byAssignee.reduce((n, g) => n + g.figures.open, 0)).toBe(open);
    expect(w.byUnit.reduce((n, g) => n + g.figures.open, 0)).toBe(open);
    expect(w.byAssignee.at(-1)!.assignee).toBeNull();
    expect(w.byUnit.length).toBe(10);
  });
});

describe('the newly-overdue watcher: each question reads an index range the size of its answer', () => {
  const db = openReadModelDb(':memory:');
  const prepared = recording(db);
  const store = createSqliteEventStore({ file: ':memory:', codec: catalogueCodec });
  createSupervisionQueries(db, store, createCalendar(), () => new Date());
  const statement = (marker: string) => {
    const sql = prepared.find((s) => s.includes(marker));
    expect(sql, marker).toBeDefined();
    return sql!;
  };

  it('a slice of the late list, and the disputes that fell due between two checks, walk the due index', () => {
    const slice = plan(db, statement('(due_ms, id) > (@afterMs, @afterId)'), { at: 0, afterMs: 0, afterId: '', first: 500 });
    expect(slice).toMatch(/^SEARCH disputes USING COVERING INDEX disputes_due \(is_open=\? AND \(due_ms,id\)>\(\?,\?\) AND due_ms<\?\)$/);
    const fell = plan(db, statement('due_ms >= @from AND due_ms < @to'), { from: 0, to: 1 });
    expect(fell).toMatch(/^SEARCH disputes USING COVERING INDEX disputes_due \(is_open=\? AND due_ms>\? AND due_ms<\?\)$/);
  });

  it('which of the disputes events touched are late looks each up by its key, never walking every late dispute', () => {
    const among = plan(db, statement('json_each(@ids)'), { ids: '[]', at: 0 });
    expect(among).toContain('SEARCH d USING INDEX sqlite_autoindex_disputes_1 (id=?)');
    expect(among).not.toContain('disputes_due');
  });
});
