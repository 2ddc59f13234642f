import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../services/api/config.js';
import { ONE_DISPUTE_REPLAY, WHOLE_LOG_REPLAY, queryComplexity } from '../../services/api/graphql/complexity-plugin.js';
import { buildApiSchema } from '../../services/api/graphql/schema.js';
import { MEDIATIONS } from '../support/mediation-documents.js';
import { DISPUTE } from '../support/documents.js';
import { FLAGS, REPORT } from '../support/equality-documents.js';
import { DEADLINES, OVERDUE, OVERDUE_AS_OF, WORKLOAD_AS_OF } from '../support/supervision-documents.js';

const defaultLimit = configFromEnv({}).MAX_QUERY_COMPLEXITY;

/** The queries of the README and the documents the end-to-end specifications send, with their ids filled in. */
const everyday = {
  'README: a dispute with its timeline': `{ dispute(id: "e735b8e5-0000-4000-8000-000000000000") { status dueAt overdue complainant { name } timeline { at kind actor { name } summary } } }`,
  'README: mediations': `{ dispute(id: "e735b8e5-0000-4000-8000-000000000000") { status mediations { status result consentDueAt endsAt sessions { heldAt attendees } protocol { arrangements } } } }`,
  'README: deadlines': `{ deadlines(within: 7) { dueAt daysLeft workingDaysLeft dispute { id category assignee { name } } } }`,
  'README: overdue': `{ overdue { daysLate workingDaysLate dispute { id concernedUnit } } }`,
  'README: overdue as of a past moment': `{ overdueAsOf(at: "2025-03-01T00:00:00+01:00") { daysLate dispute { id dueAt } } }`,
  'README: consistency flags': `{ consistencyFlags(from: "2025-01-01T00:00:00+01:00", to: "2025-07-01T00:00:00+02:00") { pseudonym reason days peerMedianDays disputeId } }`,
  'README: workload': `{ workload { weekEnds byAssignee { assignee { name } open dueThisWeek overdue averageAgeDays } byUnit { unit open overdue } } }`,
  'README: a page of disputes': `{ disputes(filter: { unit: "Wydział Podatków", overdue: true }, sort: DUE_ASC, first: 20) { edges { cursor node { id dueAt } } pageInfo { endCursor hasNextPage } } }`,
  'README: search': `{ search(text: "dlugo czekalem") { field snippet dispute { id } } }`,
  'README: register': `{ register(from: "2025-01-01T00:00:00+01:00", to: "2026-01-01T00:00:00+01:00") { number receivedAt complainant category handledBy settlement settledAt } }`,
  'README: equal-treatment report': `{ equalTreatmentReport(from: "2025-01-01T00:00:00+01:00", to: "2025-07-01T00:00:00+02:00", dimension: "sex") {
    groups { group suppressed count upheldRate adverseImpactRatio flagged pValue reading { pl } medianDaysToDecision deadlineComplianceRate } } }`,
  'the whole dispute document of the specifications': DISPUTE,
  'the mediation document of the specifications': MEDIATIONS,
  'the deadlines document of the specifications': DEADLINES,
  'the overdue document of the specifications': OVERDUE,
  'the overdue-as-of document of the specifications': OVERDUE_AS_OF,
  'the workload-as-of document of the specifications': WORKLOAD_AS_OF,
  'the equal-treatment report of the specifications': REPORT,
  'the consistency-flags document of the specifications': FLAGS,
  'the introspection query of GraphQL tools': getIntrospectionQuery(),
  'the largest page of disputes, a few fields each': `{ disputes(first: 200) { totalCount edges { cursor node { id status category dueAt overdue assignee { name } } } pageInfo { endCursor hasNextPage } } }`,
};

describe('the query cost limit counts list sizes', () => {
  let schema: GraphQLSchema;
  const cost = (query: string, variables: Record<string, unknown> = {}) => queryComplexity(schema, parse(query), variables);
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('refuses, at the default limit, the largest page of disputes with every timeline', () => {
    expect(cost(`{ disputes(first: 200) { edges { node { timeline { summary } } } } }`)).toBeGreaterThan(defaultLimit);
  });

  it('a page costs its size times what each item costs, whether `first` is written out or a variable', () => {
    const page = (first: number) => cost(`{ disputes(first: ${first}) { edges { node { id status } } } }`);
    expect(page(40) - 1).toBe(2 * (page(20) - 1));
    expect(cost(`query($n: Int!) { disputes(first: $n) { edges { node { id status } } } }`, { n: 40 })).toBe(page(40));
    // Without `first`, the default page of 20.
    expect(cost(`{ disputes { edges { node { id status } } } }`)).toBe(page(20));
    expect(cost(`{ search(text: "a", first: 50) { snippet } }`)).toBe(1 + 50 * 1);
  });

  it('an unbounded list nested in a page multiplies again: a timeline counts as 50 steps, a mediation list as 10', () => {
    const one = cost(`{ dispute(id: "e735b8e5-0000-4000-8000-000000000000") { timeline { kind } } }`);
    expect(one).toBe(1 + 1 + 50 * 1);
    expect(cost(`{ dispute(id: "e735b8e5-0000-4000-8000-000000000000") { mediations { sessions { place } } } }`)).toBe(
      1 + 1 + 10 * (1 + 10 * 1),
    );
  });

  const withTimelines = `dispute { timeline { summary } explanations { reasons } }`;

  it('refuses every overdue or due-soon dispute with its timeline: those lists count `first` (default 200) rows', () => {
    expect(cost(`{ overdue { ${withTimelines} } }`)).toBeGreaterThan(defaultLimit);
    expect(cost(`{ deadlines(within: 366) { ${withTimelines} } }`)).toBeGreaterThan(defaultLimit);
    const overdue = (first: number) => cost(`{ overdue(first: ${first}) { daysLate dispute { id } } }`);
    expect(cost(`{ overdue { daysLate dispute { id } } }`)).toBe(overdue(200));
    expect(overdue(10) - 1).toBe(10 * (1 + 1 + 1));
    // Above the maximum (1000), counted as the maximum: the argument's own check refuses it.
    expect(overdue(5000)).toBe(overdue(1000));
    expect(cost(`{ deadlines(within: 7, first: 10) { dueAt } }`)).toBe(1 + 10 * 1);
  });

  it('prices the past moments of supervision like the present (both read an index, no replay): the rows they answer', () => {
    expect(cost(`{ workloadAsOf(at: "2025-03-01T00:00:00+01:00") { weekEnds } }`)).toBe(cost(`{ workload { weekEnds } }`));
    expect(cost(`{ overdueAsOf(at: "2025-03-01T00:00:00+01:00", first: 10) { daysLate } }`)).toBe(
      cost(`{ overdue(first: 10) { daysLate } }`),
    );
    expect(cost(`{ deadlinesAsOf(at: "2025-03-01T00:00:00+01:00", within: 7, first: 10) { dueAt } }`)).toBe(1 + 10 * 1);
  });

  it('prices every replay of the whole event log at WHOLE_LOG_REPLAY (1000): a request holds only a few', () => {
    expect(
      cost(`{ equalTreatmentReport(from: "2025-01-01T00:00:00+01:00", to: "2025-07-01T00:00:00+02:00", dimension: "sex") { from } }`),
    ).toBe(WHOLE_LOG_REPLAY + 1 + 1);
    const reports = [1, 2, 3, 4, 5]
      .map(
        (n) => `r${n}: equalTreatmentReport(from: "2025-01-01T00:00:00+01:00", to: "2025-07-01T00:00:00+02:00", dimension: "sex") { from }`,
      )
      .join(' ');
    expect(cost(`{ ${reports} }`)).toBeGreaterThan(defaultLimit);
  });

  it('prices a dispute as of a past moment (a replay of its streams) above the dispute now', () => {
    const now = cost(`{ dispute(id: "e735b8e5-0000-4000-8000-000000000000") { id } }`);
    expect(cost(`{ dispute(id: "e735b8e5-0000-4000-8000-000000000000", asOf: "2025-03-01T00:00:00+01:00") { id } }`)).toBe(
      now + ONE_DISPUTE_REPLAY,
    );
    expect(
      cost(`query($asOf: DateTime) { dispute(id: "e735b8e5-0000-4000-8000-000000000000", asOf: $asOf) { id } }`, {
        asOf: '2025-03-01T00:00:00+01:00',
      }),
    ).toBe(now + ONE_DISPUTE_REPLAY);
  });

  it('counts consistency flags, a list only the period bounds, as 200 rows', () => {
    expect(cost(`{ consistencyFlags(from: "2025-01-01T00:00:00+01:00", to: "2025-07-01T00:00:00+02:00") { reason } }`)).toBe(1 + 200 * 1);
  });

  it.each(Object.entries(everyday))('lets through %s', (_, query) => {
    const variables = {
      id: 'e735b8e5-0000-4000-8000-000000000000',
      at: '2025-03-01T00:00:00+01:00',
      from: '2025-01-01T00:00:00+01:00',
      to: '2025-07-01T00:00:00+02:00',
      dimension: 'sex',
    };
    expect(cost(query, variables)).toBeLessThanOrEqual(defaultLimit);
  });
});
