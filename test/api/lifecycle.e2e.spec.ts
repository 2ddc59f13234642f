import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, CLOSE, complaintInput, DECIDE, DISPUTE, EXPLAIN, EXTEND, NOTIFY, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('a complaint’s whole life over HTTP on a real SQLite folder', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('receive, acknowledge, explain, extend, decide, close — read back through dispute { timeline }', async () => {
    const received = await server.gql(RECEIVE, { input: complaintInput() });
    expect(received.errors).toBeUndefined();
    const id = received.data!.receiveComplaint.disputeId as string;
    expect(received.data!.receiveComplaint).toMatchObject({ revision: 1, position: expect.stringMatching(/^\d+$/) });

    const steps = [
      [ACKNOWLEDGE, { disputeId: id }],
      [
        EXPLAIN,
        {
          disputeId: id,
          channel: 'PHONE',
          explanation: 'Wyjaśniono, że brakuje zaświadczenia o dochodach.',
          reasons: 'Bez zaświadczenia nie można ustalić prawa do dodatku (art. 7 ust. 1 ustawy o dodatkach mieszkaniowych).',
        },
      ],
      [
        EXTEND,
        {
          disputeId: id,
          newDueAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
          reasons: 'Oczekiwanie na odpowiedź urzędu skarbowego.',
        },
      ],
      [DECIDE, refusal(id)],
      // KPA art. 237 § 3: the complainant is notified before the case closes.
      [NOTIFY, { disputeId: id, channel: 'LETTER' }],
      [CLOSE, { disputeId: id }],
    ] as const;
    for (const [doc, input] of steps) {
      const res = await server.gql(doc, { input });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    }

    // The mutation answered after the projections caught up, so the very next query sees everything.
    const { data } = await server.gql(DISPUTE, { id }, 'SUPERVISOR');
    const dispute = data!.dispute;
    expect(dispute).toMatchObject({
      id,
      status: 'CLOSED',
      overdue: false,
      complainant: { name: 'Jan Kowalski', address: 'ul. Lipowa 12/4, 15-424 Białystok' },
      decision: {
        outcome: 'NOT_UPHELD',
        signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
        basedOnRevision: 5,
        legalBasis: [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 35 § 3', url: null }],
      },
      explanations: [{ channel: 'PHONE', actor: { role: 'CLERK' }, reasons: expect.stringContaining('art. 7 ust. 1') }],
    });
    expect(dispute.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'ComplaintReceived',
      'DeadlineSet',
      'ComplaintAcknowledged',
      'ExplanationGiven',
      'DelayNoticeSent',
      'DeadlineSet',
      'ComplaintDecided',
      'ComplainantNotified',
      'ComplaintClosed',
    ]);
    const positions = dispute.timeline.map((e: { position: string }) => BigInt(e.position));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(dispute.timeline[6].summary).toContain('Uzasadnienie faktyczne: Wniosek rozpatrzono');
    expect(dispute.timeline[0].actor).toEqual({ userId: 'u-clerk', name: 'Anna Żółkiewska', role: 'CLERK' });
  });

  it('a complaint passed on by a councillor shows when they must be informed (14 days, KPA art. 237) and when they were', async () => {
    const { data } = await server.gql(RECEIVE, {
      input: complaintInput({ passedOnBy: { kind: 'COUNCILLOR', name: 'Radna Helena Łukaszewicz' } }),
    });
    const id = data!.receiveComplaint.disputeId;
    const READ = `query($id: ID!) { dispute(id: $id) { receivedAt representativeDueAt representativeInformedAt } }`;
    const before = (await server.gql(READ, { id }, 'SUPERVISOR')).data!.dispute;
    expect(before.representativeInformedAt).toBeNull();
    expect(Date.parse(before.representativeDueAt) - Date.parse(before.receivedAt)).toBeGreaterThan(13 * 86_400_000);
    const informed = await server.gql(`mutation($input: InformRepresentativeInput!) { informRepresentative(input: $input) { revision } }`, {
      input: { disputeId: id, channel: 'EPUAP', summary: 'Skargę przyjęto; odpowiedź w ustawowym terminie.' },
    });
    expect(informed.errors).toBeUndefined();
    expect((await server.gql(READ, { id }, 'SUPERVISOR')).data!.dispute.representativeInformedAt).not.toBeNull();
  });

  it('an ombudsman reviewer sees the dispute but never the complainant', async () => {
    const { data } = await server.gql(RECEIVE, { input: complaintInput() });
    const res = await server.gql(DISPUTE, { id: data!.receiveComplaint.disputeId }, 'OMBUDSMAN');
    expect(res.data!.dispute.complainant).toBeNull();
    expect(res.data!.dispute.status).toBe('RECEIVED');
  });

  it('the past as it was: asOf shows only what was known at that moment', async () => {
    const { data } = await server.gql(RECEIVE, { input: complaintInput() });
    const id = data!.receiveComplaint.disputeId;
    await new Promise((r) => setTimeout(r, 20));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await server.gql(ACKNOWLEDGE, { input: { disputeId: id } });
    const then = await server.gql(DISPUTE, { id, asOf: between }, 'SUPERVISOR');
    const now = await server.gql(DISPUTE, { id }, 'SUPERVISOR');
    expect(then.data!.dispute).toMatchObject({ status: 'RECEIVED', revision: 1 });
    expect(then.data!.dispute.timeline).toHaveLength(2);
    expect(now.data!.dispute).toMatchObject({ status: 'ACKNOWLEDGED', revision: 2 });
    const before = await server.gql(DISPUTE, { id, asOf: '2020-01-01T00:00:00Z' }, 'SUPERVISOR');
    expect(before.data!.dispute).toBeNull();
  });
});
