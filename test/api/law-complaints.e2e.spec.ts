import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, DECIDE, RECEIVE, refusal } from '../support/documents.js';
import { REGISTER } from '../support/supervision-documents.js';
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

  it('KPA art. 233–236: a complaint in a pending case is not decided as a complaint; it goes into the case, and the register says so', async () => {
    at('2025-03-05T09:00:00+01:00');
    const id = await received();
    const classify = await send('classifyComplaint', 'ClassifyComplaintInput', {
      disputeId: id,
      kind: 'IN_PENDING_CASE',
      category: 'dodatek mieszkaniowy',
    });
    expect(classify.errors).toBeUndefined();
    const decided = await server.gql(DECIDE, { input: refusal(id) });
    expect(decided.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'KPA-234-pending-case' });
    expect(decided.errors?.[0]?.message).toContain('art. 233–234');
    const reopening = await send('treatInProceedings', 'TreatInProceedingsInput', {
      disputeId: id,
      route: 'REOPENING',
      caseReference: 'SOC.5311.12.2025',
      body: 'Prezydent Miasta Białegostoku',
      note: 'Skarżący kwestionuje wysokość dodatku.',
    });
    expect(reopening.errors?.[0]?.extensions).toMatchObject({ rule: 'KPA-233-236-classification' });
    const treated = await send('treatInProceedings', 'TreatInProceedingsInput', {
      disputeId: id,
      route: 'PENDING_CASE',
      caseReference: 'SOC.5311.12.2025',
      body: 'Prezydent Miasta Białegostoku',
      note: 'Skarżący kwestionuje wysokość dodatku; włączono do akt postępowania.',
    });
    expect(treated.errors).toBeUndefined();
    const dispute = await timeline(id);
    expect(dispute.status).toBe('TREATED_IN_PROCEEDINGS');
    expect(dispute.timeline.at(-1).summary).toBe(
      'Skargi nie rozpatruje się w trybie skargowym: włączono do toczącego się postępowania (art. 233–234 KPA), sprawa SOC.5311.12.2025, organ: Prezydent Miasta Białegostoku. Skarżący kwestionuje wysokość dodatku; włączono do akt postępowania.',
    );
    const register = await server.gql(REGISTER, { from: '2025-01-01T00:00:00+01:00', to: '2026-01-01T00:00:00+01:00' });
    expect(register.data!.register.find((row: { disputeId: string }) => row.disputeId === id)).toMatchObject({
      settlement: 'TREATED_IN_PROCEEDINGS',
    });
  });

  it('KPA art. 240: a matter outside KPA is not decided here but forwarded', async () => {
    at('2025-03-05T09:00:00+01:00');
    const id = await received();
    await send('classifyComplaint', 'ClassifyComplaintInput', { disputeId: id, kind: 'OUTSIDE_KPA', category: 'prawa pacjenta' });
    expect((await server.gql(DECIDE, { input: refusal(id) })).errors?.[0]?.extensions).toMatchObject({ rule: 'KPA-240-outside-kpa' });
    const forwarded = await send('forwardComplaint', 'ForwardComplaintInput', {
      disputeId: id,
      toBody: 'Rzecznik Praw Pacjenta',
      reason: 'Skarga na lekarza podlega ustawie o prawach pacjenta i Rzeczniku Praw Pacjenta.',
      noticeToComplainant: 'Skargę przekazano Rzecznikowi Praw Pacjenta.',
    });
    expect(forwarded.errors).toBeUndefined();
    expect((await timeline(id)).status).toBe('FORWARDED');
  });

  it('KPA art. 231–232: forwarding carries the data notice (art. 13–14 RODO); indicating the body passes nothing; a lower body the complaint is about is refused', async () => {
    at('2025-03-05T09:00:00+01:00');
    const forward = (disputeId: string, mode: string, toBody: string) =>
      send('forwardComplaint', 'ForwardComplaintInput', {
        disputeId,
        mode,
        toBody,
        reason: 'Sprawa należy do właściwości innego organu.',
        noticeToComplainant: `Skargę skierowano do: ${toBody}.`,
      });
    const aboutLowerBody = await received({ concernedUnit: 'Miejski Ośrodek Pomocy Rodzinie' });
    expect((await forward(aboutLowerBody, 'LOWER_BODY', 'Miejski Ośrodek Pomocy Rodzinie')).errors?.[0]?.extensions).toMatchObject({
      rule: 'KPA-232-1-concerns-lower-body',
    });

    const forwarded = await received();
    expect((await forward(forwarded, 'COMPETENT_BODY', 'Wojewoda Podlaski')).errors).toBeUndefined();
    const read = await server.gql(
      `query($id: ID!) { dispute(id: $id) { status forwarding { mode toBody noticeToComplainant dataDisclosure withinDeadline } timeline { kind summary } } }`,
      { id: forwarded },
    );
    const dispute = read.data!.dispute;
    expect(dispute.forwarding).toMatchObject({
      mode: 'COMPETENT_BODY',
      toBody: 'Wojewoda Podlaski',
      noticeToComplainant: 'Skargę skierowano do: Wojewoda Podlaski.',
      withinDeadline: true,
      dataDisclosure: expect.stringContaining('udostępnienie organowi: Wojewoda Podlaski Pani/Pana danych osobowych zawartych w skardze'),
    });
    expect(dispute.timeline.at(-1).summary).toBe(
      'Przekazano skargę organowi właściwemu (art. 231 KPA): Wojewoda Podlaski. Powód: Sprawa należy do właściwości innego organu. Zawiadomienie skarżącego zawiera informację o udostępnieniu jego danych (art. 13 i 14 RODO).',
    );

    const indicated = await received();
    expect((await forward(indicated, 'INDICATED', 'Rzecznik Praw Pacjenta')).errors).toBeUndefined();
    const indication = await server.gql(`query($id: ID!) { dispute(id: $id) { forwarding { mode dataDisclosure } } }`, { id: indicated });
    expect(indication.data!.dispute.forwarding).toEqual({ mode: 'INDICATED', dataDisclosure: null });
    const register = await server.gql(REGISTER, { from: '2025-01-01T00:00:00+01:00', to: '2026-01-01T00:00:00+01:00' });
    const settlementOf = (id: string) => register.data!.register.find((row: { disputeId: string }) => row.disputeId === id)?.settlement;
    expect([settlementOf(forwarded), settlementOf(indicated)]).toEqual(['FORWARDED', 'COMPETENT_BODY_INDICATED']);
  });

  it('KPA art. 227, 229: the classification records the subject and the competent body; deciding, forwarding and the register follow them', async () => {
    at('2025-03-05T09:00:00+01:00');
    const id = await received();
    const unnamed = await send('classifyComplaint', 'ClassifyComplaintInput', {
      disputeId: id,
      kind: 'COMPLAINT',
      category: 'drogi',
      competence: 'OTHER_BODY',
    });
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'competentBody' })],
    });
    const classified = await send('classifyComplaint', 'ClassifyComplaintInput', {
      disputeId: id,
      kind: 'COMPLAINT',
      category: 'drogi wojewódzkie',
      subjects: ['NEGLECT', 'DELAY'],
      competence: 'OTHER_BODY',
      competentBody: 'Zarząd Województwa Podlaskiego',
      competenceBasis: 'art. 229 pkt 2 KPA',
    });
    expect(classified.errors).toBeUndefined();
    expect((await timeline(id)).timeline.at(-1).summary).toBe(
      'Zakwalifikowano jako: skarga, kategoria: drogi wojewódzkie. Przedmiot skargi (art. 227 KPA): zaniedbanie zadań, przewlekłe załatwianie spraw. Organ właściwy (art. 229 KPA): Zarząd Województwa Podlaskiego (art. 229 pkt 2 KPA).',
    );
    expect((await server.gql(DECIDE, { input: refusal(id) })).errors?.[0]?.extensions).toMatchObject({ rule: 'KPA-229-not-competent' });
    const forward = (toBody: string) =>
      send('forwardComplaint', 'ForwardComplaintInput', {
        disputeId: id,
        toBody,
        reason: 'Drogi wojewódzkie zarządza samorząd województwa.',
        noticeToComplainant: `Skargę przekazano: ${toBody}.`,
      });
    expect((await forward('Wojewoda Podlaski')).errors?.[0]?.extensions).toMatchObject({ rule: 'KPA-229-other-body' });
    expect((await forward('Zarząd Województwa Podlaskiego')).errors).toBeUndefined();
    const register = await server.gql(REGISTER.replace('settlement settledAt', 'settlement settledAt subjects competence competentBody'), {
      from: '2025-01-01T00:00:00+01:00',
      to: '2026-01-01T00:00:00+01:00',
    });
    expect(register.errors).toBeUndefined();
    expect(register.data!.register.find((row: { disputeId: string }) => row.disputeId === id)).toMatchObject({
      subjects: ['NEGLECT', 'DELAY'],
      competence: 'OTHER_BODY',
      competentBody: 'Zarząd Województwa Podlaskiego',
      settlement: 'FORWARDED',
    });
  });
});
