import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, EXPLAIN, RECEIVE } from '../support/documents.js';
import { listeningMoreThan, nextOf, subscriber } from '../support/subscriber.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('live updates for the ombudsman reviewer are pseudonymised like the dispute', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('timelineAdded replaces the complainant’s name in a new explanation with their pseudonym', async () => {
    const complainant = { name: 'Maria Wiśniewska', address: 'ul. Lipowa 12/4, Białystok' };
    const id = (await server.gql(RECEIVE, { input: complaintInput({ complainant }) })).data!.receiveComplaint.disputeId as string;
    const pseudonym = (await server.gql(`query($id: ID!) { dispute(id: $id) { complainantPseudonym } }`, { id }, 'OMBUDSMAN')).data!.dispute
      .complainantPseudonym;
    const client = subscriber(server.url, await server.token('OMBUDSMAN'));
    const updates = client.iterate<Record<string, any>>({
      query: `subscription($id: ID!) { timelineAdded(disputeId: $id) { kind summary } }`,
      variables: { id },
    });
    const before = server.services.supervision.live.listening();
    const pending = nextOf(updates, 'timeline entry');
    await listeningMoreThan(server.services.supervision.live, before);
    await server.gql(EXPLAIN, {
      input: { disputeId: id, channel: 'PHONE', explanation: 'Pani Marii Wiśniewskiej wyjaśniono termin.', reasons: 'Art. 237 § 1 KPA.' },
    });
    const { summary } = (await pending).data!.timelineAdded;
    expect(summary).toBe(`Wyjaśnienie (telefonicznie): Pani ${pseudonym} wyjaśniono termin. Uzasadnienie: Art. 237 § 1 KPA.`);
    await updates.return?.();
    await client.dispose();
  });
});
