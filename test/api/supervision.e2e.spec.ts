import { describe, expect, it } from 'vitest';
import { useSupervisionScenario } from '../support/supervision-scenario.js';
import { DEADLINES, DEADLINES_AS_OF, OVERDUE, OVERDUE_AS_OF, WORKLOAD, WORKLOAD_AS_OF } from '../support/supervision-documents.js';

// Expectations are counted by hand from the table in supervision-scenario.ts; "now" is Tue 11 Mar 2025, 09:00.
describe('supervisor queries against a scenario built with a controlled clock', () => {
  const scenario = useSupervisionScenario();

  it('deadlines(within: 7): C due Fri 14 Mar (3 days, 3 working), D due Mon 17 Mar (6 days, 4 working), soonest first', async () => {
    const { data, errors } = await scenario.server.gql(DEADLINES, { within: 7 }, 'SUPERVISOR');
    expect(errors).toBeUndefined();
    expect(data!.deadlines).toEqual([
      {
        disputeId: scenario.ids.C,
        dueAt: '2025-03-14T23:59:59.999+01:00',
        daysLeft: 3,
        workingDaysLeft: 3,
        dispute: { id: scenario.ids.C, overdue: false },
      },
      {
        disputeId: scenario.ids.D,
        dueAt: '2025-03-17T23:59:59.999+01:00',
        daysLeft: 6,
        workingDaysLeft: 4,
        dispute: { id: scenario.ids.D, overdue: false },
      },
    ]);
  });

  it('deadlines counts the due day itself: within 3 reaches Fri 14 Mar, within 2 does not; within 17 reaches the extended A', async () => {
    const ask = async (within: number) =>
      ((await scenario.server.gql(DEADLINES, { within }, 'CLERK')).data!.deadlines as { disputeId: string }[]).map((d) => d.disputeId);
    expect(await ask(3)).toEqual([scenario.ids.C]);
    expect(await ask(2)).toEqual([]);
    const { data } = await scenario.server.gql(DEADLINES, { within: 17 }, 'CLERK');
    // 12–14 Mar (3) + 17–21 Mar (5) + 24–28 Mar (5) working days.
    expect(data!.deadlines.at(-1)).toMatchObject({ disputeId: scenario.ids.A, daysLeft: 17, workingDaysLeft: 13 });
  });

  it('overdue: F late 11 days (7 working) since Fri 28 Feb, B late 1 day (1 working); A no longer, its deadline was extended', async () => {
    const { data } = await scenario.server.gql(OVERDUE, {}, 'SUPERVISOR');
    expect(data!.overdue).toEqual([
      {
        disputeId: scenario.ids.F,
        dueAt: '2025-02-28T23:59:59.999+01:00',
        daysLate: 11,
        workingDaysLate: 7,
        dispute: { id: scenario.ids.F, overdue: true },
      },
      {
        disputeId: scenario.ids.B,
        dueAt: '2025-03-10T23:59:59.999+01:00',
        daysLate: 1,
        workingDaysLate: 1,
        dispute: { id: scenario.ids.B, overdue: true },
      },
    ]);
  });

  it('workload per assignee and per unit: open, due this week (to Sun 16 Mar), overdue, average age in days', async () => {
    const { data } = await scenario.server.gql(WORKLOAD, {}, 'SUPERVISOR');
    expect(data!.workload).toEqual({
      at: '2025-03-11T08:00:00.000Z',
      weekEnds: '2025-03-16',
      byAssignee: [
        // A (36 days old) and B (29)
        { assignee: { userId: 'u-ewa', name: 'Ewa Wójcik' }, open: 2, dueThisWeek: 0, overdue: 1, averageAgeDays: 32.5 },
        // D (22); E was decided
        { assignee: { userId: 'u-piotr', name: 'Piotr Nowak' }, open: 1, dueThisWeek: 0, overdue: 0, averageAgeDays: 22 },
        // C (25, due Fri) and F (39, late)
        { assignee: null, open: 2, dueThisWeek: 1, overdue: 1, averageAgeDays: 32 },
      ],
      byUnit: [
        { unit: 'Wydział Komunikacji', open: 2, dueThisWeek: 1, overdue: 0, averageAgeDays: 23.5 },
        { unit: 'Wydział Podatków', open: 2, dueThisWeek: 0, overdue: 1, averageAgeDays: 32.5 },
        { unit: null, open: 1, dueThisWeek: 0, overdue: 1, averageAgeDays: 39 },
      ],
    });
  });

  it('overdueAsOf(Tue 4 Mar, noon): F and A were late then — the extension of A was recorded only on 6 Mar', async () => {
    const { data, errors } = await scenario.server.gql(OVERDUE_AS_OF, { at: '2025-03-04T12:00:00+01:00' }, 'SUPERVISOR');
    expect(errors).toBeUndefined();
    expect(data!.overdueAsOf).toEqual([
      {
        disputeId: scenario.ids.F,
        dueAt: '2025-02-28T23:59:59.999+01:00',
        daysLate: 4,
        workingDaysLate: 2,
        dispute: { id: scenario.ids.F, dueAt: '2025-02-28T23:59:59.999+01:00', overdue: true, status: 'RECEIVED' },
      },
      {
        disputeId: scenario.ids.A,
        dueAt: '2025-03-03T23:59:59.999+01:00',
        daysLate: 1,
        workingDaysLate: 1,
        dispute: { id: scenario.ids.A, dueAt: '2025-03-03T23:59:59.999+01:00', overdue: true, status: 'RECEIVED' },
      },
    ]);
    const before = await scenario.server.gql(OVERDUE_AS_OF, { at: '2025-02-28T12:00:00+01:00' }, 'SUPERVISOR');
    expect(before.data!.overdueAsOf).toEqual([]);
  });

  it('workloadAsOf(Tue 4 Mar, noon): E was still open with Piotr then', async () => {
    const { data } = await scenario.server.gql(WORKLOAD_AS_OF, { at: '2025-03-04T12:00:00+01:00' }, 'SUPERVISOR');
    expect(data!.workloadAsOf.weekEnds).toBe('2025-03-09');
    // D (15 days old) and E (12); both due after Sunday 9 March.
    expect(data!.workloadAsOf.byAssignee[1]).toEqual({
      assignee: { userId: 'u-piotr', name: 'Piotr Nowak' },
      open: 2,
      dueThisWeek: 0,
      overdue: 0,
      averageAgeDays: 13.5,
    });
    expect(data!.workloadAsOf.byUnit.at(-1)).toEqual({ unit: null, open: 1, dueThisWeek: 0, overdue: 1, averageAgeDays: 32 });
  });

  it('deadlinesAsOf: on Tue 4 Mar, noon, B fell due in 6 days and C in 10; on Fri 7 Mar A was due on the 28th, as extended the day before', async () => {
    const { data, errors } = await scenario.server.gql(DEADLINES_AS_OF, { at: '2025-03-04T12:00:00+01:00', within: 10 }, 'SUPERVISOR');
    expect(errors).toBeUndefined();
    expect(data!.deadlinesAsOf).toEqual([
      // 5, 6, 7 and 10 March are working days before B's due day; C adds 11 to 14 March.
      {
        disputeId: scenario.ids.B,
        dueAt: '2025-03-10T23:59:59.999+01:00',
        daysLeft: 6,
        workingDaysLeft: 4,
        dispute: { id: scenario.ids.B, dueAt: '2025-03-10T23:59:59.999+01:00', overdue: false },
      },
      {
        disputeId: scenario.ids.C,
        dueAt: '2025-03-14T23:59:59.999+01:00',
        daysLeft: 10,
        workingDaysLeft: 8,
        dispute: { id: scenario.ids.C, dueAt: '2025-03-14T23:59:59.999+01:00', overdue: false },
      },
    ]);
    const later = await scenario.server.gql(DEADLINES_AS_OF, { at: '2025-03-07T12:00:00+01:00', within: 21 }, 'SUPERVISOR');
    expect(later.data!.deadlinesAsOf.map((d: { disputeId: string }) => d.disputeId)).toEqual([
      scenario.ids.B,
      scenario.ids.C,
      scenario.ids.D,
      scenario.ids.A,
    ]);
    expect(later.data!.deadlinesAsOf.at(-1)).toMatchObject({ dueAt: '2025-03-28T23:59:59.999+01:00', daysLeft: 21 });
  });

  it('follows the role table: no deadlines for the ombudsman reviewer, no workload for a clerk', async () => {
    expect((await scenario.server.gql(DEADLINES, {}, 'OMBUDSMAN')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await scenario.server.gql(OVERDUE, {}, 'MEDIATOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const clerk = await scenario.server.gql(WORKLOAD, {}, 'CLERK');
    expect(clerk.errors?.[0]).toMatchObject({ message: expect.stringContaining('SUPERVISOR'), extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses a negative window with a sentence saying what to send', async () => {
    const res = await scenario.server.gql(DEADLINES, { within: -1 }, 'SUPERVISOR');
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringContaining('within must be 0 (today) or more'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
