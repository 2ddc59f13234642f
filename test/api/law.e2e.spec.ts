import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, complaintInput, DECIDE, NOTIFY, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Issue 12, KPA dział VIII as the law has it: each rule once over real HTTP and a real SQLite folder, on a clock we move. */
describe('KPA dział VIII over HTTP', () => {
  let server: TestServer;
  let now = new Date('2025-03-10T09:00:00+01:00');
  const at = (instant: string) => {
    now = new Date(instant);
  };
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.close());

  const send = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
    const res = await server.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { disputeId revision } }`, { input });
    return res;
  };
  const received = async () => {
    const res = await server.gql(RECEIVE, { input: complaintInput() });
    expect(res.errors).toBeUndefined();
    return res.data!.receiveComplaint.disputeId as string;
  };

  it('§ 8 ust. 2 of the 2002 regulation, KPA art. 44: the 7 days run from the (presumed) delivery of a summons that carries the instruction', async () => {
    at('2025-03-10T09:00:00+01:00');
    const id = await received();
    expect(
      (await send('requestSupplement', 'RequestSupplementInput', { disputeId: id, whatIsMissing: 'Numer sprawy, której dotyczy skarga.' }))
        .errors,
    ).toBeUndefined();

    at('2025-03-28T09:00:00+01:00');
    const leaveEarly = await send('leaveUnexamined', 'LeaveUnexaminedInput', {
      disputeId: id,
      reason: 'NOT_SUPPLEMENTED',
      explanation: 'Nie wskazano numeru sprawy.',
    });
    expect(leaveEarly.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'REG-2002-8-2-delivery' });

    // Notice left on Wednesday 12 March: deemed delivered on 26 March, supplement due on 2 April.
    const delivered = await send('recordSummonsDelivery', 'RecordSummonsDeliveryInput', {
      disputeId: id,
      how: 'PRESUMED',
      noticeLeftAt: '2025-03-12T10:00:00+01:00',
    });
    expect(delivered.errors).toBeUndefined();
    const read = await server.gql(
      `query($id: ID!) { dispute(id: $id) { status supplementSummonses { whatIsMissing instruction deliveredAt dueAt } timeline { kind summary } } }`,
      { id },
    );
    const dispute = read.data!.dispute;
    expect(dispute.supplementSummonses).toEqual([
      {
        whatIsMissing: 'Numer sprawy, której dotyczy skarga.',
        instruction: expect.stringContaining('pozostawienie skargi bez rozpoznania'),
        deliveredAt: '2025-03-26T23:59:59.999+01:00',
        dueAt: '2025-04-02T23:59:59.999+02:00',
      },
    ]);
    expect(dispute.timeline.at(-1)).toEqual({
      kind: 'SupplementSummonsDelivered',
      summary: expect.stringContaining(
        'uznano za doręczone (art. 44 KPA: pismo niepodjęte w terminie 14 dni) (pierwsze awizo 12 marca 2025), dnia 26 marca 2025. Termin na uzupełnienie: 2 kwietnia 2025',
      ),
    });

    at('2025-04-02T20:00:00+02:00');
    expect(
      (
        await send('leaveUnexamined', 'LeaveUnexaminedInput', {
          disputeId: id,
          reason: 'NOT_SUPPLEMENTED',
          explanation: 'Nie wskazano numeru sprawy.',
        })
      ).errors?.[0]?.extensions,
    ).toMatchObject({
      rule: 'REG-2002-8-supplement-window',
    });
    at('2025-04-03T08:00:00+02:00');
    expect(
      (
        await send('leaveUnexamined', 'LeaveUnexaminedInput', {
          disputeId: id,
          reason: 'NOT_SUPPLEMENTED',
          explanation: 'Nie wskazano numeru sprawy.',
        })
      ).errors,
    ).toBeUndefined();
  });

  it('a presumed delivery needs the day the notice was left (BAD_USER_INPUT naming the field)', async () => {
    at('2025-03-10T09:00:00+01:00');
    const id = await received();
    await send('requestSupplement', 'RequestSupplementInput', { disputeId: id, whatIsMissing: 'Podpis.' });
    const res = await send('recordSummonsDelivery', 'RecordSummonsDeliveryInput', { disputeId: id, how: 'PRESUMED' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'noticeLeftAt' })],
    });
  });

  it('KPA art. 237 § 3: a decided complaint closes only once its complainant is notified', async () => {
    at('2025-03-10T09:00:00+01:00');
    const id = await received();
    expect((await server.gql(DECIDE, { input: refusal(id) })).errors).toBeUndefined();
    const early = await server.gql(CLOSE, { input: { disputeId: id } });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'KPA-237-3-notice-before-closing' });
    expect(early.errors?.[0]?.message).toContain('art. 237 § 3');
    expect((await server.gql(NOTIFY, { input: { disputeId: id, channel: 'LETTER' } })).errors).toBeUndefined();
    expect((await server.gql(CLOSE, { input: { disputeId: id } })).errors).toBeUndefined();
  });

  it('KPA art. 239 § 1: the prior position is kept only on an earlier complaint found unfounded, and the case then closes without a notice', async () => {
    at('2025-03-10T09:00:00+01:00');
    const earlier = await received();
    const upheld = await received();
    expect((await server.gql(DECIDE, { input: refusal(earlier) })).errors).toBeUndefined();
    expect(
      (
        await server.gql(DECIDE, {
          input: {
            disputeId: upheld,
            outcome: 'UPHELD',
            remedies: ['Przeprosiny'],
            signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
          },
        })
      ).errors,
    ).toBeUndefined();
    const repeated = await received();
    const keep = (priorDisputeId: string) =>
      send('keepPriorPosition', 'KeepPriorPositionInput', {
        disputeId: repeated,
        priorDisputeId,
        noNewCircumstances: true,
        note: 'Ponowienie zarzutów z marca bez nowych okoliczności.',
        signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
      });
    expect((await keep(upheld)).errors?.[0]?.extensions).toMatchObject({ rule: 'KPA-239-prior-not-unfounded' });
    expect((await keep(earlier)).errors).toBeUndefined();
    expect((await server.gql(CLOSE, { input: { disputeId: repeated } })).errors).toBeUndefined();
    const read = await server.gql(`query($id: ID!) { dispute(id: $id) { status timeline { kind summary } } }`, { id: repeated });
    expect(read.data!.dispute.status).toBe('CLOSED');
    expect(read.data!.dispute.timeline.at(-1).summary).toBe(
      'Zamknięto sprawę. Bez zawiadomienia o sposobie załatwienia (art. 237 § 3 KPA): podtrzymano wcześniejsze stanowisko bez zawiadamiania skarżącego (art. 239 § 1 KPA).',
    );
  });
});
