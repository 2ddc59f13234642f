import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Issue 12, the complaint's routing, classification and forwarding (KPA art. 227–236, 240, 256) over real HTTP and SQLite. */
describe('KPA dział VIII: where a complaint goes, over HTTP', () => {
  let server: TestServer;
  let now = new Date('2025-03-10T09:00:00+01:00');
  const at = (instant: string) => {
    now = new Date(instant);
  };
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.close());

  const send = (mutation: string, inputType: string, input: Record<string, unknown>) =>
    server.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { disputeId revision } }`, { input });
  const received = async (overrides: Record<string, unknown> = {}) => {
    const res = await server.gql(RECEIVE, { input: complaintInput({ receivedAt: '2025-03-03T10:00:00+01:00', ...overrides }) });
    expect(res.errors).toBeUndefined();
    return res.data!.receiveComplaint.disputeId as string;
  };
  const timeline = async (id: string) =>
    (await server.gql(`query($id: ID!) { dispute(id: $id) { status timeline { kind summary } } }`, { id })).data!.dispute;

  it('KPA art. 256: a complaint about an employee is routed to their superior, never to the employee, with its 7 days', async () => {
    at('2025-03-12T09:00:00+01:00');
    const id = await received({ concernedStaffId: 'u-kowalczyk' });
    const toEmployee = await send('routeToSuperior', 'RouteToSuperiorInput', {
      disputeId: id,
      superiorId: 'u-kowalczyk',
      superiorName: 'Jan Kowalczyk',
    });
    expect(toEmployee.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'KPA-256-superior-is-complained-about' });
    const routed = await send('routeToSuperior', 'RouteToSuperiorInput', {
      disputeId: id,
      superiorId: 'u-zielinska',
      superiorName: 'Grażyna Zielińska',
    });
    expect(routed.errors).toBeUndefined();
    expect((await timeline(id)).timeline.at(-1)).toEqual({
      kind: 'ComplaintRoutedToSuperior',
      summary:
        'Skargę na pracownika (u-kowalczyk) skierowano do rozpatrzenia przez przełożonego: Grażyna Zielińska, 12 marca 2025, 09:00 (art. 256 KPA). Termin przekazania: 10 marca 2025, przekazano po terminie.',
    });
    const noEmployee = await received();
    const res = await send('routeToSuperior', 'RouteToSuperiorInput', {
      disputeId: noEmployee,
      superiorId: 'u-zielinska',
      superiorName: 'Grażyna Zielińska',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ rule: 'KPA-256-no-employee' });
  });
});
