import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, EXTEND, RECEIVE } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { APPOINT, CONSENT, END, listEntry, PROPOSE } from '../support/mediation-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const RECUSE = `mutation($input: RecuseMediatorInput!) { recuseMediator(input: $input) { revision } }`;
const MINE = `{ myMediations { id disputeId status reason parties { partyId name role consent } mediator { userId } } }`;
const LETTER_FACTS = `query($id: ID!) { office { name } dispute(id: $id) { registerNumber complainantSubjectId delayNotices { sentAt reasons newDueAt previousDueAt promptInstruction } } }`;

type Token = { token: string };

/**
 * A mediator's screen lists their own mediations (issue 9). The list tells a mediator nothing the `dispute` query would
 * not: only the mediations appointed to them now (KPA art. 96f § 3, art. 96j), each as `dispute(id)` shows it to them.
 */
describe('myMediations: a mediator’s own mediations, and nothing of anyone else’s', () => {
  let server: TestServer;
  let first: string;
  let second: string;
  let mine: string;
  let theirs: string;
  let later: string;
  const as: Record<'a' | 'b' | 'never', Token> = {} as never;

  const ok = async (doc: string, input: Record<string, unknown>, who: Parameters<TestServer['gql']>[2] = 'CLERK') => {
    const res = await server.gql(doc, { input }, who);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };
  const mediation = async (disputeId: string, other: { partyId: string; name: string }, mediator: { userId: string; name: string }) => {
    const parties = [
      { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' },
      { ...other, role: 'OFFICE' },
    ];
    const { mediationId } = await ok(PROPOSE, { disputeId, parties, reason: `Spór Marii Wiśniewskiej z: ${other.name}.` });
    for (const { partyId } of parties) await ok(CONSENT, { mediationId, partyId, consent: true });
    await ok(APPOINT, { mediationId, mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry });
    return mediationId;
  };
  const list = async (who: Token) => {
    const res = await server.gql(MINE, {}, who);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.myMediations as {
      id: string;
      disputeId: string;
      status: string;
      reason: string;
      parties: { name: string | null }[];
    }[];
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date('2025-03-03T09:00:00+01:00'), env: { OFFICE_NAME: 'Urząd Gminy Łącko' } });
    as.a = { token: await server.token('MEDIATOR', 'u-med-a', 'Zbigniew Mędrzecki') };
    as.b = { token: await server.token('MEDIATOR', 'u-med-b', 'Halina Rozjemca') };
    as.never = { token: await server.token('MEDIATOR', 'u-med-c', 'Inny Mediator') };
    const complainant = { name: 'Maria Wiśniewska', address: 'ul. Lipowa 12/4, Białystok' };
    ({ disputeId: first } = await ok(RECEIVE, complaintInput({ complainant })));
    ({ disputeId: second } = await ok(
      RECEIVE,
      complaintInput({ complainant: { name: 'Łucja Źródłowska', address: 'ul. Polna 1, Łódź' } }),
    ));
    mine = await mediation(
      first,
      { partyId: 'p-urzad', name: 'Kierownik Biura Obsługi' },
      { userId: 'u-med-a', name: 'Zbigniew Mędrzecki' },
    );
    theirs = await mediation(first, { partyId: 'p-sasiad', name: 'Jan Nowicki' }, { userId: 'u-med-b', name: 'Halina Rozjemca' });
    later = await mediation(second, { partyId: 'p-wydzial', name: 'Wydział Podatków' }, { userId: 'u-med-a', name: 'Zbigniew Mędrzecki' });
  });
  afterAll(() => server.close());

  it('lists the mediations appointed to the asking mediator, open first, with their parties’ names as they read them in dispute(id)', async () => {
    await ok(END, { mediationId: mine, result: 'NO_AGREEMENT' }, as.a);
    const own = await list(as.a);
    expect(own.map((m) => [m.id, m.disputeId, m.status])).toEqual([
      [later, second, 'IN_PROGRESS'],
      [mine, first, 'ENDED'],
    ]);
    const read = await server.gql(
      `query($id: ID!) { dispute(id: $id) { mediations { id status reason parties { partyId name role consent } mediator { userId } } } }`,
      { id: first },
      as.a,
    );
    expect(own[1]).toEqual({ ...read.data!.dispute.mediations[0], disputeId: first });
    expect(own[1]!.parties.map((p) => p.name)).toEqual(['Maria Wiśniewska', 'Kierownik Biura Obsługi']);
    // Nothing of the other mediator's mediation in the same dispute.
    const text = JSON.stringify(own);
    for (const secret of [theirs, 'Jan Nowicki', 'p-sasiad']) expect(text).not.toContain(secret);
  });

  it('a mediator never appointed lists nothing, and one who withdrew no longer lists that mediation', async () => {
    expect(await list(as.never)).toEqual([]);
    expect((await list(as.b)).map((m) => m.id)).toEqual([theirs]);
    await ok(RECUSE, { mediationId: theirs, reason: 'Znam jedną ze stron osobiście.' }, as.b);
    expect(await list(as.b)).toEqual([]);
  });

  it('is a mediator’s question only: staff are refused and read mediations through dispute(id)', async () => {
    for (const role of ['CLERK', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'] as const) {
      const res = await server.gql(MINE, {}, role);
      expect(res.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });

  it('after the complainant is erased, the free text of their mediation reads as unavailable in the list too', async () => {
    const facts = await server.gql(LETTER_FACTS, { id: second }, 'CLERK');
    await ok(
      ERASE,
      { subjectId: facts.data!.dispute.complainantSubjectId, reason: 'art. 17 ust. 1 lit. a RODO, wniosek z 3.03.2025' },
      'ADMIN',
    );
    const [erased] = await list(as.a);
    expect(erased!.id).toBe(later);
    expect(erased!.reason).toBe('[treść niedostępna: dane osoby usunięte]');
    expect(erased!.parties[0]!.name).toBeNull();
  });
});

/** Letters to the complainant (issue 9): the letterhead, the register number and the art. 36 notices they quote. */
describe('what letters quote: the office, the register number, the delay notices', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date('2025-03-03T09:00:00+01:00'), env: { OFFICE_NAME: 'Urząd Gminy Łącko' } });
  });
  afterAll(() => server.close());

  it('office names the configured body for every role', async () => {
    for (const role of ['CLERK', 'MEDIATOR', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'] as const) {
      expect((await server.gql(`{ office { name } }`, {}, role)).data, role).toEqual({ office: { name: 'Urząd Gminy Łącko' } });
    }
  });

  it('a dispute carries its register number and every delay notice with its reasons and new date', async () => {
    const { data } = await server.gql(RECEIVE, { input: complaintInput() });
    const id = data!.receiveComplaint.disputeId as string;
    const before = await server.gql(LETTER_FACTS, { id });
    expect(before.data!.dispute).toMatchObject({ registerNumber: 'S/2025/0001', delayNotices: [] });
    const extended = await server.gql(EXTEND, {
      input: { disputeId: id, newDueAt: '2025-04-30T00:00:00+02:00', reasons: 'Potrzebna opinia Wydziału Geodezji — oczekujemy na nią.' },
    });
    expect(extended.errors).toBeUndefined();
    const after = await server.gql(LETTER_FACTS, { id });
    expect(after.data!.dispute.delayNotices).toEqual([
      {
        sentAt: '2025-03-03T08:00:00.000Z',
        reasons: 'Potrzebna opinia Wydziału Geodezji — oczekujemy na nią.',
        newDueAt: '2025-04-30T00:00:00+02:00',
        previousDueAt: '2025-04-03T23:59:59.999+02:00',
        promptInstruction: expect.stringContaining('art. 37'),
      },
    ]);
  });
});
