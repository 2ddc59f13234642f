import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXPLAIN, RECEIVE, refusal } from '../support/documents.js';
import { APPOINT, CONSENT, END, listEntry, PROPOSE } from '../support/mediation-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const CONVERSATION = `mutation($input: RecordConversationInput!) { recordConversation(input: $input) { revision } }`;
const REQUEST = `mutation($input: RequestInformationInput!) { requestInformation(input: $input) { revision } }`;
const PROVIDE = `mutation($input: ProvideInformationInput!) { provideInformation(input: $input) { revision } }`;
/** Every free text a reader can reach, but the parties' names, which the appointed mediator reads by design. */
const READ = `query($id: ID!) {
  dispute(id: $id) {
    complainantPseudonym
    explanations { explanation reasons }
    decision { factualGrounds remedies appealInformation }
    mediations { reason sessions { place } }
    timeline { kind summary summaryEn: summary(language: EN) }
  }
}`;

/**
 * Issue 10, finding 1: the 17 forms in which staff wrote the complainant's data into free text, of which 9 came back in
 * clear for the ombudsman reviewer (and a mediator), and a partial address of no one the case knows.
 */
const variants = [
  'Zdzisław Szczepańczyk',
  'ZDZISŁAW SZCZEPAŃCZYK',
  'Szczepańczyka',
  'Szczepańczykowi',
  'Zdzisławem',
  'Zdzisław',
  'Szczepanczyk',
  'Zdzisiu',
  'ul. Tajna 7',
  'Tajnej 7',
  '00-001 Warszawa',
  '601 987 654',
  '601987654',
  '601-987-654',
  '+48 601 987 654',
  'zdzislaw.szczepanczyk@example.pl',
  'zdzislaw.szczepanczyk(at)example.pl',
];
const partialAddress = 'ul. Żółkiewskiego 5';
/** What of the person any form leaves, folded: none of it may be read. */
const trace = /szczepa|zdzis|tajn|00-001|601.?987.?654|zolkiewsk|example\.pl/i;
const fold = (s: string) => s.toLocaleLowerCase('pl').normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');

const prose = (where: string) =>
  `${where}: ${variants[0]} (${variants[1]}) pisze, że urzędnik odmówił ${variants[3]} pomocy; pismo do ${variants[2]}, rozmowa ze ${variants[4]}; ` +
  `${variants[5]} twierdzi, że ${variants[6]} to on, mama woła go „${variants[7]}”. Mieszkam przy ${variants[8]}, wejście od ${variants[9]}, ${variants[10]}. ` +
  `Tel. ${variants[11]}, ${variants[12]}, ${variants[13]}, ${variants[14]}; e-mail ${variants[15]} albo ${variants[16]}. Sąsiad z ${partialAddress} potwierdza.`;

describe('the ombudsman reviewer and the appointed mediator never read the person in free text (issue 10, finding 1)', () => {
  let server: TestServer;
  let disputeId: string;
  const mediator = { userId: 'u-med-zofia', name: 'Halina Rozjemca' };

  const ok = async (doc: string, input: Record<string, unknown>, who: Parameters<TestServer['gql']>[2] = 'CLERK') => {
    const res = await server.gql(doc, { input }, who);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };

  beforeAll(async () => {
    server = await startTestServer();
    ({ disputeId } = await ok(
      RECEIVE,
      complaintInput({
        complainant: {
          name: 'Zdzisław Szczepańczyk',
          address: 'ul. Tajna 7, 00-001 Warszawa',
          email: 'zdzislaw.szczepanczyk@example.pl',
          phone: '+48 601 987 654',
        },
        description: prose('Skarga'),
      }),
    ));
    await ok(ACKNOWLEDGE, { disputeId });
    await ok(CONVERSATION, {
      disputeId,
      channel: 'PHONE',
      participants: ['Zdzisław Szczepańczyk'],
      concernsHeard: [prose('Notatka z rozmowy')],
      agreed: [prose('Ustalono')],
    });
    await ok(EXPLAIN, { disputeId, channel: 'LETTER', explanation: prose('Wyjaśnienie'), reasons: prose('Powody') });
    // Who was asked: a person the case does not know, then an office.
    await ok(REQUEST, { disputeId, requestedFrom: 'Jan Nowicki, sąsiad skarżącego', question: 'Czy widział Pan zdarzenie?' });
    await ok(PROVIDE, { disputeId, providedBy: 'Wydział Podatków', summary: prose('Informacja') });
    const { mediationId } = await ok(PROPOSE, {
      disputeId,
      reason: prose('Powód mediacji'),
      parties: [
        { partyId: 'p-skarzacy', name: 'Zdzisław Szczepańczyk', role: 'COMPLAINANT' },
        { partyId: 'p-urzad', name: 'Urząd Miasta — kierownik BOM', role: 'OFFICE' },
      ],
    });
    for (const partyId of ['p-skarzacy', 'p-urzad']) await ok(CONSENT, { mediationId, partyId, consent: true, reason: prose('Zgoda') });
    await ok(APPOINT, { mediationId, mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry });
    await ok(END, { mediationId, result: 'NO_AGREEMENT' }, { token: await server.token('MEDIATOR', mediator.userId, mediator.name) });
    await ok(DECIDE, refusal(disputeId, { factualGrounds: prose('Uzasadnienie faktyczne'), remedies: [prose('Środek')] }));
  });
  afterAll(() => server.close());

  for (const reader of ['OMBUDSMAN', 'MEDIATOR'] as const) {
    it(`${reader}: none of the 17 forms, nor the partial address, in any field; the person as their pseudonym`, async () => {
      const as = reader === 'MEDIATOR' ? { token: await server.token('MEDIATOR', mediator.userId, mediator.name) } : reader;
      const res = await server.gql(READ, { id: disputeId }, as);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const text = JSON.stringify(res.data);
      const leaked = [...variants, partialAddress].filter((v) => text.toLocaleLowerCase('pl').includes(v.toLocaleLowerCase('pl')));
      expect(leaked).toEqual([]);
      expect(fold(text).match(trace)?.[0]).toBeUndefined();
      const { dispute } = res.data!;
      const pseudonym = dispute.complainantPseudonym as string;
      expect(pseudonym).toMatch(/^Osoba-[0-9A-F]{6}$/);
      // The case still reads: who wrote, where they live and how to reach them, each said without saying it.
      expect(dispute.explanations[0].explanation).toContain(
        `Wyjaśnienie: ${pseudonym} (${pseudonym}) pisze, że urzędnik odmówił ${pseudonym} pomocy`,
      );
      expect(dispute.explanations[0].explanation).toContain(`Sąsiad z [adres] potwierdza.`);
      expect(dispute.decision.factualGrounds).toContain(
        `Mieszkam przy ${pseudonym}, wejście od ${pseudonym}. Tel. ${pseudonym}, ${pseudonym}`,
      );
      expect(dispute.mediations[0].reason).toContain(`Powód mediacji: ${pseudonym}`);
      // Hide rather than show: a name the redactor cannot know, in a field that says who was asked, reads as a pseudonym whole.
      expect(text).not.toContain('Nowicki');
      const asked = dispute.timeline.find((e: { kind: string }) => e.kind === 'InformationRequested').summary as string;
      expect(asked).toMatch(/^Zwrócono się o informacje do: Osoba-[0-9A-F]{6}\. Pytanie/);
      const answered = dispute.timeline.find((e: { kind: string }) => e.kind === 'InformationProvided').summary as string;
      expect(answered).toMatch(/^Informacje od: Wydział Podatków: Informacja: Osoba-/);
    });
  }

  it('staff who may see personal data still read the text as written', async () => {
    const { dispute } = (await server.gql(READ, { id: disputeId }, 'CLERK')).data!;
    expect(dispute.explanations[0].explanation).toBe(prose('Wyjaśnienie'));
    expect(dispute.mediations[0].reason).toBe(prose('Powód mediacji'));
  });
});
