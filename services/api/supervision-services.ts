import type { DisputeFilter, DisputePage, DisputeSort } from '../../projections/dispute-list.js';
import { listDisputes } from '../../projections/dispute-list.js';
import type { ReadModelDb } from '../../projections/read-model-db.js';
import { createRegisterNumberQuery } from '../../projections/register/register-queries.js';
import type { ProjectionRunner } from '../../projections/runner.js';
import { createSearchQueries } from '../../projections/search/search-queries.js';
import { createSupervisionQueries } from '../../projections/supervision/supervision-queries.js';
import type { Calendar } from '../domain/deadlines/index.js';
import type { Logger } from '../observability/logger.js';
import type { EventStore } from '../store/event-store.js';
import { createLiveFeed } from './live/live-feed.js';

export interface SupervisionDeps {
  readDb: ReadModelDb;
  store: EventStore;
  calendar: Calendar;
  clock: () => Date;
  runner: ProjectionRunner;
  overdueCheckMs: number;
  log: Pick<Logger, 'error'>;
}

export type SupervisionServices = ReturnType<typeof createSupervisionServices>;

/** What supervisors read (issue 4): deadlines, lateness, workload, listings, search, the register, live updates. */
export function createSupervisionServices({ readDb, store, calendar, clock, runner, overdueCheckMs, log }: SupervisionDeps) {
  const figures = createSupervisionQueries(readDb, store, calendar, clock);
  return {
    figures,
    list: (filter: DisputeFilter, sort: DisputeSort, first: number, after: string | null): DisputePage =>
      listDisputes(readDb, clock(), filter, sort, first, after),
    search: createSearchQueries(readDb),
    registerNumber: createRegisterNumberQuery(readDb),
    live: createLiveFeed({ runner, disputeOfEvent: figures.disputeOfEvent, lateness: figures.lateness, clock, overdueCheckMs, log }),
  };
}
