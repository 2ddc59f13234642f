import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { controlledClock } from '../support/controlled-clock.js';
import { complaintInput, EXPLAIN, RECEIVE } from '../support/documents.js';
import { parties, PROPOSE } from '../support/mediation-documents.js';
import { listeningMoreThan, nextOf, subscriber } from '../support/subscriber.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('live updates: GraphQL subscriptions over graphql-ws on the same server and path', () => {
  const time = controlledClock('2025-03-03T09:00:00+01:00');
  let server: TestServer;
  const clients: Client[] = [];
  beforeAll(async () => {
    server = await startTestServer({ clock: time.clock, env: { OVERDUE_CHECK_MS: '20' } });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.dispose();
  });
  afterAll(() => server.close());

  const connect = async (role: Parameters<TestServer['token']>[0]) => {
    const client = subscriber(server.url, await server.token(role));
    clients.push(client);
    return client;
  };
  const receive = async () => (await server.gql(RECEIVE, { input: complaintInput() })).data!.receiveComplaint.disputeId as string;

  it("timelineAdded delivers a dispute's new entry, with its summary, once it is recorded", async () => {
    const id = await receive();
    const updates = (await connect('SUPERVISOR')).iterate<Record<string, any>>({
      query: `subscription($id: ID!) { timelineAdded(disputeId: $id) { kind at actor { name role } summary } }`,
      variables: { id },
    });
    const before = server.services.supervision.live.listening();
    const pending = nextOf(updates, 'timeline entry');
    await listeningMoreThan(server.services.supervision.live, before);
    await server.gql(EXPLAIN, {
      input: { disputeId: id, channel: 'PHONE', explanation: 'Wyjaśniono termin.', reasons: 'Art. 237 § 1 KPA.' },
    });
    const entry = await pending;
    expect(entry).toEqual({
      data: {
        timelineAdded: {
          kind: 'ExplanationGiven',
          at: '2025-03-03T08:00:00.000Z',
          actor: { name: 'Anna Żółkiewska', role: 'CLERK' },
          summary: expect.stringContaining('Wyjaśniono termin.'),
        },
      },
    });
    await updates.return?.();
  });

  it("timelineAdded also delivers the steps of the dispute's mediations", async () => {
    const id = await receive();
    const updates = (await connect('CLERK')).iterate<Record<string, any>>({
      query: `subscription($id: ID!) { timelineAdded(disputeId: $id) { kind } }`,
      variables: { id },
    });
    const before = server.services.supervision.live.listening();
    const first = nextOf(updates, 'first mediation entry');
    await listeningMoreThan(server.services.supervision.live, before);
    const proposed = await server.gql(PROPOSE, { input: { disputeId: id, parties, reason: 'Obie strony chcą porozumienia.' } });
    expect(proposed.errors).toBeUndefined();
    const kinds = [(await first).data!.timelineAdded.kind, (await nextOf(updates, 'second mediation entry')).data!.timelineAdded.kind];
    expect(kinds.sort()).toEqual(['MediationOpened', 'MediationProposed']);
    await updates.return?.();
  });

  it('disputeReceived delivers each new complaint', async () => {
    const updates = (await connect('CLERK')).iterate<Record<string, any>>({
      query: `subscription { disputeReceived { id status category } }`,
    });
    const before = server.services.supervision.live.listening();
    const pending = nextOf(updates, 'received dispute');
    await listeningMoreThan(server.services.supervision.live, before);
    const id = await receive();
    expect(await pending).toEqual({ data: { disputeReceived: { id, status: 'RECEIVED', category: 'przewlekłość postępowania' } } });
    await updates.return?.();
  });

  it('disputeOverdue delivers a dispute once the clock passes its due date, and only then', async () => {
    time.set('2025-03-03T09:00:00+01:00');
    const id = await receive(); // due Thu 3 April 2025, end of the day
    const updates = (await connect('SUPERVISOR')).iterate<Record<string, any>>({
      query: `subscription { disputeOverdue { id overdue dueAt } }`,
    });
    const pending = nextOf(updates, 'overdue dispute');
    let announcedEarly = false;
    pending.then(
      () => (announcedEarly = true),
      () => {},
    );
    time.set('2025-04-03T23:00:00+02:00');
    // Several checks run (every 20 ms) on the due day itself: none may announce anything.
    await new Promise((r) => setTimeout(r, 150));
    expect(announcedEarly).toBe(false);
    time.set('2025-04-04T08:00:00+02:00');
    const overdue = await pending;
    // Earlier complaints of this file fall due the same day, so find ours among those announced.
    const announced = [overdue];
    while (announced.every((a) => a.data?.disputeOverdue.id !== id)) announced.push(await nextOf(updates, 'our overdue dispute'));
    expect(announced.at(-1)).toEqual({ data: { disputeOverdue: { id, overdue: true, dueAt: '2025-04-03T23:59:59.999+02:00' } } });
    await updates.return?.();
  });

  it('disputeOverdue delivers a complaint late already when it is recorded (back-dated), and not again when a step is recorded on it', async () => {
    // Given the clock two months after the last test's complaints fell due, and a supervisor listening
    time.set('2025-06-02T09:00:00+02:00');
    const updates = (await connect('SUPERVISOR')).iterate<Record<string, any>>({ query: `subscription { disputeOverdue { id overdue } }` });
    const before = server.services.supervision.live.listening();
    const pending = nextOf(updates, 'overdue dispute');
    await listeningMoreThan(server.services.supervision.live, before);
    // When a complaint received in March is recorded only now: its answer was due in April
    const received = await server.gql(RECEIVE, { input: complaintInput({ receivedAt: '2025-03-04T10:00:00+01:00' }) });
    expect(received.errors).toBeUndefined();
    const id = received.data!.receiveComplaint.disputeId as string;
    // Then it is announced as overdue, though no due moment passed since the last check
    expect(await pending).toEqual({ data: { disputeOverdue: { id, overdue: true } } });
    // When a step is recorded on it, Then it is not announced a second time
    const again = nextOf(updates, 'a second announcement');
    let announcedAgain = false;
    again.then(
      () => (announcedAgain = true),
      () => {},
    );
    const explained = await server.gql(EXPLAIN, {
      input: { disputeId: id, channel: 'PHONE', explanation: 'Przeprosiliśmy za zwłokę.', reasons: 'Art. 36 § 1 KPA.' },
    });
    expect(explained.errors).toBeUndefined();
    // Several checks run (every 20 ms) after the step: none may announce it.
    await new Promise((r) => setTimeout(r, 200));
    expect(announcedAgain).toBe(false);
    await updates.return?.();
  });

  it('authorizes each subscription like the query it mirrors', async () => {
    const refused = (await connect('OMBUDSMAN')).iterate({ query: `subscription { disputeOverdue { id } }` });
    expect(await nextOf(refused, 'refusal')).toEqual({
      errors: [
        expect.objectContaining({ message: expect.stringContaining('CLERK, SUPERVISOR or ADMIN'), extensions: { code: 'FORBIDDEN' } }),
      ],
    });
    const malformed = (await connect('CLERK')).iterate({ query: `subscription { timelineAdded(disputeId: "not-a-uuid") { kind } }` });
    expect(await nextOf(malformed, 'refusal')).toEqual({
      errors: [
        expect.objectContaining({
          message: expect.stringContaining('must be a dispute id'),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ],
    });
    const unknown = (await connect('CLERK')).iterate({
      query: `subscription { timelineAdded(disputeId: "00000000-0000-4000-8000-000000000000") { kind } }`,
    });
    expect(await nextOf(unknown, 'refusal')).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] });
  });

  it('closes a connection whose token fails, with 4401 and the reason', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged.token.here' } })),
    );
    const { code, reason } = await closed;
    expect(code).toBe(4401);
    expect(reason).toMatch(/^UNAUTHENTICATED: /);
  });
});
