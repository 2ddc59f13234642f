import { describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { useSupervisionScenario } from '../support/supervision-scenario.js';
import { DISPUTES } from '../support/supervision-documents.js';

type Page = {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { cursor: string; node: { id: string } }[];
};

// The scenario of supervision-scenario.ts; "now" is Tue 11 Mar 2025, 09:00.
describe('disputes: filters and sorts a supervisor asks for, pages that stay correct while events arrive', () => {
  const scenario = useSupervisionScenario();

  const page = async (variables: Record<string, unknown>) => {
    const res = await scenario.server.gql<{ disputes: Page }>(DISPUTES, { first: 50, ...variables }, 'SUPERVISOR');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.disputes;
  };
  const idsOf = async (variables: Record<string, unknown>) => (await page(variables)).edges.map((e) => e.node.id);

  it('filters by unit, assignee, channel, status, decider, lateness, and received or due between', async () => {
    expect(await idsOf({ filter: { unit: 'Wydział Podatków' }, sort: 'DUE_ASC' })).toEqual([
      scenario.ids.B,
      scenario.ids.E,
      scenario.ids.A,
    ]);
    expect(await idsOf({ filter: { assigneeId: 'u-ewa' }, sort: 'RECEIVED_ASC' })).toEqual([scenario.ids.A, scenario.ids.B]);
    expect(await idsOf({ filter: { channel: 'EMAIL' } })).toEqual([scenario.ids.C]);
    expect(await idsOf({ filter: { status: ['DECIDED'] } })).toEqual([scenario.ids.E]);
    expect(await idsOf({ filter: { decidedBy: 'u-clerk' } })).toEqual([scenario.ids.E]);
    expect(await idsOf({ filter: { overdue: true }, sort: 'DUE_ASC' })).toEqual([scenario.ids.F, scenario.ids.B]);
    expect(await idsOf({ filter: { overdue: false }, sort: 'DUE_ASC' })).toEqual([
      scenario.ids.C,
      scenario.ids.D,
      scenario.ids.E,
      scenario.ids.A,
    ]);
    expect(
      await idsOf({ filter: { receivedFrom: '2025-02-10T00:00:00+01:00', receivedTo: '2025-02-18T00:00:00+01:00' }, sort: 'RECEIVED_ASC' }),
    ).toEqual([scenario.ids.B, scenario.ids.C, scenario.ids.D]);
    expect(await idsOf({ filter: { dueFrom: '2025-03-14T00:00:00+01:00', dueTo: '2025-03-18T00:00:00+01:00' }, sort: 'DUE_DESC' })).toEqual(
      [scenario.ids.D, scenario.ids.C],
    );
    expect(await idsOf({ filter: { unit: 'Wydział Podatków', assigneeId: 'u-piotr' } })).toEqual([scenario.ids.E]);
    // A clerk's queue: what no one has taken yet, and what is still open.
    expect(await idsOf({ filter: { assigned: false }, sort: 'DUE_ASC' })).toEqual([scenario.ids.F, scenario.ids.C]);
    expect(await idsOf({ filter: { assigned: true }, sort: 'DUE_ASC' })).toEqual([
      scenario.ids.B,
      scenario.ids.D,
      scenario.ids.E,
      scenario.ids.A,
    ]);
    expect(await idsOf({ filter: { assigneeId: 'u-piotr', open: true } })).toEqual([scenario.ids.D]);
    expect(await idsOf({ filter: { open: false } })).toEqual([scenario.ids.E]);
  });

  it('sorts by received (newest first by default) or due date, either way', async () => {
    expect(await idsOf({})).toEqual([scenario.ids.E, scenario.ids.D, scenario.ids.C, scenario.ids.B, scenario.ids.A, scenario.ids.F]);
    expect(await idsOf({ sort: 'RECEIVED_ASC' })).toEqual([
      scenario.ids.F,
      scenario.ids.A,
      scenario.ids.B,
      scenario.ids.C,
      scenario.ids.D,
      scenario.ids.E,
    ]);
    expect(await idsOf({ sort: 'DUE_ASC' })).toEqual([
      scenario.ids.F,
      scenario.ids.B,
      scenario.ids.C,
      scenario.ids.D,
      scenario.ids.E,
      scenario.ids.A,
    ]);
    expect(await idsOf({ sort: 'DUE_DESC' })).toEqual([
      scenario.ids.A,
      scenario.ids.E,
      scenario.ids.D,
      scenario.ids.C,
      scenario.ids.B,
      scenario.ids.F,
    ]);
  });

  it('a cursor keeps its place by due date while complaints sorting before and after it arrive', async () => {
    const first = await page({ sort: 'DUE_ASC', first: 2 });
    expect(first.edges.map((e) => e.node.id)).toEqual([scenario.ids.F, scenario.ids.B]);
    expect(first).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });

    // G was received on 20 January but recorded only now: due 20 February, before the cursor. H is received now.
    const G = (await scenario.server.gql(RECEIVE, { input: complaintInput({ receivedAt: '2025-01-20T10:00:00+01:00' }) })).data!
      .receiveComplaint.disputeId;
    const H = (await scenario.server.gql(RECEIVE, { input: complaintInput() })).data!.receiveComplaint.disputeId;

    const seen = [...first.edges.map((e) => e.node.id)];
    let after = first.pageInfo.endCursor;
    const pages: string[][] = [];
    for (let more = true; more;) {
      const next = await page({ sort: 'DUE_ASC', first: 2, after });
      pages.push(next.edges.map((e) => e.node.id));
      seen.push(...next.edges.map((e) => e.node.id));
      ({ endCursor: after, hasNextPage: more } = next.pageInfo);
      expect(next.totalCount).toBe(8);
    }
    expect(pages).toEqual([[scenario.ids.C, scenario.ids.D], [scenario.ids.E, scenario.ids.A], [H]]);
    // Nothing twice, nothing after the cursor skipped; G sorts before the first page, so a new listing shows it.
    expect(new Set(seen).size).toBe(seen.length);
    expect((await idsOf({ sort: 'DUE_ASC', first: 1 }))[0]).toBe(G);
  });

  it('refuses a cursor of another sort, or one it never gave out, saying what to do', async () => {
    const { pageInfo } = await page({ first: 1 });
    const wrongSort = await scenario.server.gql(DISPUTES, { first: 1, after: pageInfo.endCursor, sort: 'DUE_ASC' }, 'SUPERVISOR');
    expect(wrongSort.errors?.[0]).toMatchObject({
      message: expect.stringContaining('sorted RECEIVED_DESC, not DUE_ASC'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forged = await scenario.server.gql(DISPUTES, { first: 1, after: 'bm90LWEtY3Vyc29y' }, 'SUPERVISOR');
    expect(forged.errors?.[0]).toMatchObject({
      message: expect.stringContaining('leave `after` out to start over'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
