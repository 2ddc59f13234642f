import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXPLAIN, RECEIVE, refusal } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { PROPOSE } from '../support/mediation-documents.js';
import { SEARCH } from '../support/supervision-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Hit = { disputeId: string; field: string; snippet: string; dispute: { id: string } };

describe('search over descriptions, explanations and decisions (SQLite FTS5, Polish letters folded)', () => {
  let server: TestServer;
  let queue: string;
  let rudeness: string;
  beforeAll(async () => {
    server = await startTestServer();
    const receive = async (description: string) =>
      (await server.gql(RECEIVE, { input: complaintInput({ description }) })).data!.receiveComplaint.disputeId as string;
    queue = await receive('Długo czekałem w kolejce przy okienku nr 3, a urzędnik wyszedł na przerwę.');
    rudeness = await receive('Pracownica Wydziału Komunikacji odezwała się do mnie niegrzecznie.');
    await receive('Żółw mógłby szybciej wydać zaświadczenie niż ten urząd.');
    await server.gql(EXPLAIN, {
      input: {
        disputeId: queue,
        channel: 'PHONE',
        explanation: 'Wyjaśniono zasady obsługi kolejki w godzinach szczytu.',
        reasons: 'Zarządzenie Prezydenta Miasta nr 12/2024.',
      },
    });
    await server.gql(DECIDE, {
      input: refusal(rudeness, { factualGrounds: 'Nagranie rozmowy nie potwierdziło nieuprzejmego zachowania pracownicy.' }),
    });
  });
  afterAll(() => server.close());

  const search = async (text: string, first?: number) => {
    const res = await server.gql<{ search: Hit[] }>(SEARCH, { text, first }, 'SUPERVISOR');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.search;
  };

  it('finds a word written with Polish letters whether or not the search uses them, quoting the original', async () => {
    for (const text of ['długo', 'dlugo', 'DŁUGO', 'Dlugo']) {
      const hits = await search(text);
      expect(
        hits.map((h) => h.disputeId),
        text,
      ).toEqual([queue]);
      expect(hits[0]).toMatchObject({
        field: 'DESCRIPTION',
        snippet: expect.stringContaining('[[Długo]] czekałem'),
        dispute: { id: queue },
      });
    }
    expect((await search('zolw'))[0]!.snippet).toContain('[[Żółw]]');
    expect((await search('zaswiadczenie'))[0]!.snippet).toContain('[[zaświadczenie]]');
  });

  it('treats each word also as the start of a longer one, and needs every word', async () => {
    expect((await search('czekal')).map((h) => h.disputeId)).toEqual([queue]);
    expect((await search('kolejce okienku')).map((h) => h.disputeId)).toEqual([queue]);
    expect(await search('kolejce żółw')).toEqual([]);
  });

  it('searches explanations and decisions too, one hit per dispute', async () => {
    expect(await search('zasady obslugi')).toEqual([expect.objectContaining({ disputeId: queue, field: 'EXPLANATION' })]);
    expect(await search('nagranie')).toEqual([expect.objectContaining({ disputeId: rudeness, field: 'DECISION' })]);
    // "kolej…" is in the description and in the explanation of the same dispute.
    expect((await search('kolej')).map((h) => h.disputeId)).toEqual([queue]);
  });

  it('never finds personal data: the complainant is sealed in the events and never indexed', async () => {
    expect(await search('Kowalski')).toEqual([]);
    expect(await search('Lipowa')).toEqual([]);
  });

  it('forgets every text of a dispute once its complainant is erased (GDPR art. 17), and indexes none of its later texts', async () => {
    const received = await server.gql(RECEIVE, {
      input: complaintInput({
        complainant: { name: 'Bożena Przybyłowicz', address: 'ul. Lipowa 12/4, Białystok' },
        description: 'Pani Przybyłowicz czekała trzy godziny na wydanie dowodu osobistego.',
      }),
    });
    const erasedCase = received.data!.receiveComplaint.disputeId as string;
    await server.gql(EXPLAIN, {
      input: {
        disputeId: erasedCase,
        channel: 'LETTER',
        explanation: 'Wyjaśniono Pani Przybyłowicz przyczyny zwłoki.',
        reasons: 'Awaria systemu.',
      },
    });
    expect((await search('Przybylowicz')).map((h) => h.disputeId)).toEqual([erasedCase]);
    expect((await search('Przybyłowicz'))[0]!.snippet).toContain('[[Przybyłowicz]]');

    const subjectId = (await server.gql(`query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`, { id: erasedCase }, 'ADMIN')).data!
      .dispute.complainantSubjectId as string;
    const erased = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 ust. 1 lit. a RODO' } }, 'ADMIN');
    expect(erased.errors, JSON.stringify(erased.errors)).toBeUndefined();
    for (const text of ['Przybyłowicz', 'przybylowicz', 'dowodu osobistego', 'zwłoki']) expect(await search(text), text).toEqual([]);
    // A text written after the erasure is not indexed either; the other disputes are still found.
    await server.gql(DECIDE, { input: refusal(erasedCase, { factualGrounds: 'Pani Przybyłowicz nie wskazała daty zdarzenia.' }) });
    expect(await search('Przybyłowicz')).toEqual([]);
    expect((await search('długo')).map((h) => h.disputeId)).toEqual([queue]);
  });

  it('forgets the texts of a dispute once a mediation party of it is erased', async () => {
    const received = await server.gql(RECEIVE, {
      input: complaintInput({ description: 'Sąsiad, pan Grzegorz Brzęczyszczykiewicz, był świadkiem zdarzenia.' }),
    });
    const caseId = received.data!.receiveComplaint.disputeId as string;
    await server.gql(ACKNOWLEDGE, { input: { disputeId: caseId } });
    const neighbour = { partyId: 'p-brzeczyszczykiewicz', name: 'Grzegorz Brzęczyszczykiewicz', role: 'OTHER' };
    const proposed = await server.gql(PROPOSE, {
      input: {
        disputeId: caseId,
        parties: [{ partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' }, neighbour],
        reason: 'Rozmowa z sąsiadem.',
      },
    });
    expect(proposed.errors, JSON.stringify(proposed.errors)).toBeUndefined();
    expect((await search('Brzęczyszczykiewicz')).map((h) => h.disputeId)).toEqual([caseId]);
    const party = (
      await server.gql(`query($id: ID!) { dispute(id: $id) { mediations { parties { role subjectId } } } }`, { id: caseId }, 'ADMIN')
    ).data!.dispute.mediations[0].parties.find((p: { role: string }) => p.role === 'OTHER');
    expect((await server.gql(ERASE, { input: { subjectId: party.subjectId, reason: 'art. 17 RODO' } }, 'ADMIN')).errors).toBeUndefined();
    expect(await search('Brzęczyszczykiewicz')).toEqual([]);
  });

  it('keeps search syntax out of the index: operators and quotes are just words', async () => {
    expect(await search('"długo" OR NEAR( * kolejce')).toEqual([]);
    expect((await search('długo, kolejce!')).map((h) => h.disputeId)).toEqual([queue]);
  });

  it('refuses the ombudsman reviewer, and a search with no words, saying why', async () => {
    expect((await server.gql(SEARCH, { text: 'długo' }, 'OMBUDSMAN')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const empty = await server.gql(SEARCH, { text: '!!! ...' }, 'CLERK');
    expect(empty.errors?.[0]).toMatchObject({
      message: expect.stringContaining('at least one word'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
