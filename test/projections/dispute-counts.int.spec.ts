import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOffice } from '../../bench/office-year.js';
import { disputeProjection } from '../../projections/dispute-projection.js';
import { type DisputeFilter, listDisputes } from '../../projections/dispute-list.js';
import { openReadModelDb, type ReadModelDb } from '../../projections/read-model-db.js';
import type { RecordedEvent } from '../../schema/envelope.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';

const END = new Date('2026-12-01T15:00:00+01:00');
const DISPUTES = 1500;

/** Filters the counts answer (one equality at most, statuses, open or settled), and some they leave to count(*). */
const filters: Record<string, DisputeFilter> = {
  all: {},
  unit: { unit: 'Straż Miejska' },
  category: { category: 'przewlekłość postępowania' },
  channel: { channel: 'EPUAP' },
  'a clerk’s': { assigneeId: 'u-0' },
  'decided by': { decidedBy: 'u-8' },
  open: { open: true },
  settled: { open: false },
  statuses: { status: ['NOT_UPHELD', 'UPHELD'] },
  'unit, open': { unit: 'Wydział Komunikacji', open: true },
  'a clerk’s, settled, of some statuses': { assigneeId: 'u-0', open: false, status: ['RECEIVED', 'NOT_UPHELD'] },
  'open and only settled statuses': { open: true, status: ['NOT_UPHELD'] },
  'no such unit': { unit: 'Wydział Nieistniejący' },
  'unit and category (counted row by row)': { unit: 'Straż Miejska', category: 'przewlekłość postępowania' },
  'overdue (counted row by row)': { overdue: true },
  'unassigned (counted row by row)': { assigned: false },
};

/** Every dispute the filter matches, as the listing's own pages find them: what totalCount must agree with. */
function listed(db: ReadModelDb, filter: DisputeFilter): number {
  let [n, after] = [0, null as string | null];
  for (;;) {
    const page = listDisputes(db, END, filter, 'RECEIVED_DESC', 200, after);
    n += page.items.length;
    if (!page.hasNextPage) return n;
    after = page.endCursor;
  }
}

describe('disputes { totalCount }: from counts kept as the events are applied, the same as counting the matches', () => {
  let folder: string;
  let events: RecordedEvent[];
  beforeAll(async () => {
    // A realistic office (channels, units, reassignments, every outcome, mediations) through the real deciders: 1,500
    // complaints are 37 days of one, so most are settled and some still open.
    folder = mkdtempSync(join(tmpdir(), 'dispute-ledger-counts-'));
    await generateOffice(folder, DISPUTES, END);
    const store = createSqliteEventStore({ file: join(folder, 'data', 'events.sqlite'), codec: catalogueCodec });
    events = (await store.readAll({ fromPosition: 0n, limit: 1_000_000 })).filter((e) => disputeProjection.handles.has(e.type));
    await store.close();
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // One event at a time is the live projection; a few hundred at once is a catch-up; all at once, a rebuild.
  for (const batch of [1, 37, 500, Number.MAX_SAFE_INTEGER]) {
    it(`given the office's events applied in batches of ${batch === Number.MAX_SAFE_INTEGER ? 'all of them' : batch}, every filter's count is what its pages list`, () => {
      const db = openReadModelDb(':memory:');
      disputeProjection.createTables(db);
      const apply = db.transaction(disputeProjection.open(db, { vault: null as never }));
      for (let i = 0; i < events.length; i += batch) apply(events.slice(i, i + batch));
      expect(listed(db, {})).toBe(DISPUTES);
      for (const [name, filter] of Object.entries(filters)) {
        const page = listDisputes(db, END, filter, 'RECEIVED_DESC', 1, null);
        expect(page.totalCount(), name).toBe(listed(db, filter));
      }
      // Not every filter is empty: the office has open and settled disputes, reassigned and decided ones.
      expect(listed(db, { open: true })).toBeGreaterThan(0);
      expect(listed(db, { open: false })).toBeGreaterThan(0);
      expect(listed(db, { decidedBy: 'u-8' })).toBeGreaterThan(0);
      expect(listed(db, { assigneeId: 'u-0' })).toBeGreaterThan(0);
      db.close();
    });
  }
});
