import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildReadModels } from '../../projections/rebuild-read-models.js';
import { configFromEnv } from '../../services/api/config.js';
import { complaintInput, DECIDE, DISPUTE, EXPLAIN, RECEIVE, refusal } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { PROPOSE } from '../support/mediation-documents.js';
import { SEARCH } from '../support/supervision-documents.js';
import { startTestServer, tempDataDir } from '../support/test-server.js';

const CONVERSATION = `mutation($input: RecordConversationInput!) { recordConversation(input: $input) { revision } }`;

const name = 'Zdzisław Szczepańczyk';
const street = 'ul. Tajna 7, 00-001 Warszawa';
/** The person as a hex dump would find them: as typed, folded as the search index holds them, and the street. */
const exact = ['Zdzisław', 'Szczepańczyk', 'zdzisław', 'szczepańczyk', 'SZCZEPAŃCZYK'];
const folded = ['szczepanczyk', 'zdzislaw', 'tajna'];

/** Which of the person's forms each file under `folder` holds, in UTF-8 (the folded ones in any case). */
function byteSearch(folder: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) return readdirSync(path).forEach((entry) => visit(join(path, entry)));
    const bytes = readFileSync(path);
    const lower = bytes.toString('latin1').toLowerCase();
    for (const form of exact) if (bytes.includes(Buffer.from(form, 'utf8'))) found.push(`${path}: ${form}`);
    for (const form of folded) if (lower.includes(form)) found.push(`${path}: ${form}`);
  };
  visit(folder);
  return found;
}

describe('erasure leaves nothing of the person in any file of the data folder (GDPR art. 17)', () => {
  it('after eraseSubject, a stop and a rebuild of the read models, no byte of their name or street remains', async () => {
    // Given a complaint by Zdzisław Szczepańczyk whose name and street stand in every kind of free text, and a
    // complaint by someone else
    const dataDir = tempDataDir();
    const server = await startTestServer({ dataDir });
    const ok = async (doc: string, variables: Record<string, unknown>, as: 'CLERK' | 'ADMIN' = 'CLERK') => {
      const res = await server.gql(doc, variables, as);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!;
    };
    const received = await ok(RECEIVE, {
      input: complaintInput({
        complainant: { name, address: street, email: 'zdzislaw.szczepanczyk@example.pl', phone: '+48 601 987 654' },
        description: `Ja, ${name}, mieszkam przy ul. Tajna 7 i od pół roku czekam na decyzję w sprawie dodatku.`,
        remedySought: 'Proszę o przeprosiny dla Zdzisława Szczepańczyka.',
      }),
    });
    const disputeId = received.receiveComplaint.disputeId as string;
    await ok(EXPLAIN, {
      input: {
        disputeId,
        channel: 'PHONE',
        explanation: `Panu Szczepańczykowi (ul. Tajna 7) wyjaśniono przyczynę zwłoki.`,
        reasons: `Akta pana ${name} były w archiwum przy ul. Tajnej.`,
      },
    });
    await ok(CONVERSATION, {
      input: {
        disputeId,
        channel: 'IN_PERSON',
        participants: [name],
        concernsHeard: ['Pan Szczepańczyk skarżył się na kolejki.'],
        agreed: ['Odpowiedź na adres ul. Tajna 7.'],
      },
    });
    await ok(PROPOSE, {
      input: {
        disputeId,
        reason: `Spór pana Szczepańczyka z kierownikiem.`,
        parties: [
          { partyId: 'p-1', name, role: 'COMPLAINANT' },
          { partyId: 'p-2', name: 'Urząd Miasta', role: 'OFFICE' },
        ],
      },
    });
    const other = (
      await ok(RECEIVE, {
        input: complaintInput({
          complainant: { name: 'Maria Wiśniewska', address: 'ul. Lipowa 12/4, 15-424 Białystok' },
          description: 'Pani Wiśniewska czeka na odpowiedź.',
        }),
      })
    ).receiveComplaint.disputeId;
    await ok(DECIDE, { input: refusal(other) });

    // and the clerk reads and finds their text (the GraphQL contract is unchanged), so the test has something to lose
    const before = await ok(DISPUTE, { id: disputeId });
    expect(before.dispute.explanations[0].explanation).toBe('Panu Szczepańczykowi (ul. Tajna 7) wyjaśniono przyczynę zwłoki.');
    expect(before.dispute.timeline[0].summary).toContain(`Ja, ${name}, mieszkam przy ul. Tajna 7`);
    expect((await ok(SEARCH, { text: 'szczepanczyk', first: 5 })).search.map((h: { dispute: { id: string } }) => h.dispute.id)).toEqual([
      disputeId,
    ]);
    expect(byteSearch(dataDir).length).toBeGreaterThan(0);

    // When the administrator erases them
    const complainantSubjectId = (await ok(`query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`, { id: disputeId }, 'ADMIN'))
      .dispute.complainantSubjectId;
    await ok(ERASE, { input: { subjectId: complainantSubjectId, reason: 'art. 17 ust. 1 lit. a RODO, wniosek z 3.03.2025' } }, 'ADMIN');
    const after = await ok(DISPUTE, { id: disputeId });
    expect(after.dispute.explanations[0].explanation).toBe('[treść niedostępna: dane osoby usunięte]');
    expect((await ok(SEARCH, { text: 'szczepanczyk', first: 5 })).search).toEqual([]);
    expect((await ok(SEARCH, { text: 'wisniewska', first: 5 })).search.map((h: { dispute: { id: string } }) => h.dispute.id)).toEqual([
      other,
    ]);

    // Then no file of the data folder holds any form of the name or the street: already while the server runs (a
    // power cut now leaves the files, write-ahead logs included, as they are)
    expect(byteSearch(dataDir)).toEqual([]);

    // and after it stops
    await server.close();
    expect(byteSearch(dataDir)).toEqual([]);

    // nor after the read models are rebuilt from the events
    await rebuildReadModels(configFromEnv({ DATA_DIR: dataDir }));
    expect(byteSearch(dataDir)).toEqual([]);
  });
});
