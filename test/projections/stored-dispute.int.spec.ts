import { afterEach, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { parties, PROPOSE } from '../support/mediation-documents.js';
import { seedScenarios } from '../support/scenario-seed.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The stored dispute document names the texts it repeats from its timeline (projections/dispute-doc-texts.ts): read
// back, each dispute must be exactly what folding its events gives, texts included, whichever way it is read.
describe('a dispute read from the read models', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it('is the fold of its events, explanations, decision and mediation texts included, alone, in a batch and in a list', async () => {
    server = await startTestServer();
    const ids = Object.values(await seedScenarios(server));
    const received = await server.gql<{ receiveComplaint: { disputeId: string } }>(RECEIVE, {
      input: complaintInput({ description: 'Urzędniczka podniosła głos, gdy pytałem o opłatę skarbową.' }),
    });
    const mediated = received.data!.receiveComplaint.disputeId;
    ids.push(mediated);
    const proposed = await server.gql(PROPOSE, {
      input: { disputeId: mediated, reason: 'Spór o opłatę przy okienku nr 3 — źle zrozumiana informacja', parties },
    });
    expect(proposed.errors, JSON.stringify(proposed.errors)).toBeUndefined();
    // One complainant is erased (GDPR art. 17): their texts read as the placeholder, in the document's copy too.
    const erasedCase = ids[1]!;
    const { complainantSubjectId } = (
      await server.gql<{ dispute: { complainantSubjectId: string } }>(
        `query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`,
        { id: erasedCase },
        'ADMIN',
      )
    ).data!.dispute;
    const erased = await server.gql(ERASE, { input: { subjectId: complainantSubjectId, reason: 'art. 17 RODO' } }, 'ADMIN');
    expect(erased.errors, JSON.stringify(erased.errors)).toBeUndefined();

    const queries = server.services.queries;
    const later = new Date(Date.now() + 86_400_000);
    const folded = new Map<string, Awaited<ReturnType<typeof queries.asOf>>>();
    for (const id of ids) folded.set(id, await queries.asOf(id, later));
    const texts = JSON.stringify([...folded.values()].map((s) => s!.view));
    expect(texts).toContain('Spór o opłatę przy okienku nr 3');
    expect(texts).toContain('[treść niedostępna: dane osoby usunięte]');

    for (const id of ids) {
      const alone = queries.current(id)!;
      expect(alone.view, id).toEqual(folded.get(id)!.view);
      expect(alone.timeline, id).toEqual(folded.get(id)!.timeline);
    }
    const batch = queries.currentMany(ids);
    for (const id of ids) expect(batch.get(id)!.view, id).toEqual(folded.get(id)!.view);
    const page = server.services.supervision.list({}, 'RECEIVED_DESC', 50, null);
    expect(page.items.map((v) => v.id).sort()).toEqual([...ids].sort());
    for (const stored of page.items) expect(queries.snapshotOf(stored).view, stored.id).toEqual(folded.get(stored.id)!.view);
  });
});
