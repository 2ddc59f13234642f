import { afterAll, beforeAll, expect } from 'vitest';
import { ACKNOWLEDGE, ASSIGN, complaintInput, DECIDE, EXTEND, RECEIVE, refusal } from './documents.js';
import { controlledClock } from './controlled-clock.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * Six complaints of early 2025, each recorded at the moment the clock shows (no holidays fall between them).
 * Answer deadlines are one month after receipt (KPA art. 237 § 1, counted per art. 57):
 *
 * | | received (Warsaw) | due | unit | assignee | later |
 * |---|---|---|---|---|---|
 * | F | Fri 31 Jan | Fri 28 Feb (February's last day) | none | none | |
 * | A | Mon 3 Feb | Mon 3 Mar | Podatków | Ewa | on 6 Mar extended to Fri 28 Mar |
 * | B | Mon 10 Feb | Mon 10 Mar | Podatków | Ewa | |
 * | C | Fri 14 Feb (e-mail) | Fri 14 Mar | Komunikacji | none | |
 * | D | Mon 17 Feb | Mon 17 Mar | Komunikacji | Piotr | |
 * | E | Thu 20 Feb | Thu 20 Mar | Podatków | Piotr | decided (not upheld) on 5 Mar |
 *
 * The clock is left at Tue 11 Mar 2025, 09:00 Warsaw.
 */
export async function buildSupervisionScenario(server: TestServer, time: ReturnType<typeof controlledClock>) {
  const supervisor = { token: await server.token('SUPERVISOR', 'u-sup', 'Maria Zając') };
  const ok = async (query: string, input: Record<string, unknown>, as: 'CLERK' | { token: string } = 'CLERK') => {
    const res = await server.gql(query, { input }, as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string };
  };
  const receive = async (at: string, unit: string | null, extra: Record<string, unknown> = {}) => {
    time.set(at);
    return (await ok(RECEIVE, complaintInput({ receivedAt: at, concernedUnit: unit, ...extra }))).disputeId;
  };

  const F = await receive('2025-01-31T10:00:00+01:00', null);
  const A = await receive('2025-02-03T10:00:00+01:00', 'Wydział Podatków');
  const B = await receive('2025-02-10T10:00:00+01:00', 'Wydział Podatków');
  const C = await receive('2025-02-14T10:00:00+01:00', 'Wydział Komunikacji', { channel: 'EMAIL' });
  const D = await receive('2025-02-17T10:00:00+01:00', 'Wydział Komunikacji');
  const E = await receive('2025-02-20T10:00:00+01:00', 'Wydział Podatków');

  time.set('2025-02-21T10:00:00+01:00');
  for (const [id, assigneeId, assigneeName] of [
    [A, 'u-ewa', 'Ewa Wójcik'],
    [B, 'u-ewa', 'Ewa Wójcik'],
    [D, 'u-piotr', 'Piotr Nowak'],
    [E, 'u-piotr', 'Piotr Nowak'],
  ] as const) {
    await ok(ASSIGN, { disputeId: id, assigneeId, assigneeName }, supervisor);
  }
  time.set('2025-03-05T10:00:00+01:00');
  await ok(ACKNOWLEDGE, { disputeId: E });
  await ok(DECIDE, refusal(E));
  time.set('2025-03-06T10:00:00+01:00');
  await ok(EXTEND, { disputeId: A, newDueAt: '2025-03-28T23:59:59+01:00', reasons: 'Oczekiwanie na opinię biegłego.' });

  time.set('2025-03-11T09:00:00+01:00');
  return { A, B, C, D, E, F };
}

/** For a describe block: a server whose clock starts on 31 Jan 2025 and the scenario above built on it. */
export function useSupervisionScenario() {
  const time = controlledClock('2025-01-31T10:00:00+01:00');
  const context = {} as { server: TestServer; ids: Awaited<ReturnType<typeof buildSupervisionScenario>>; time: typeof time };
  beforeAll(async () => {
    context.server = await startTestServer({ clock: time.clock });
    context.ids = await buildSupervisionScenario(context.server, time);
    context.time = time;
  });
  afterAll(() => context.server.close());
  return context;
}
