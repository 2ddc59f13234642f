import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectionsWithKeys } from '../support/projections-with-keys.js';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { settlements } from '../../projections/register/register-projection.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { complainantStatuses } from '../../services/api/register-entries.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import type { Role } from '../../schema/envelope.js';
import { controlledClock } from '../support/controlled-clock.js';
import { ASSIGN, complaintInput, DECIDE, RECEIVE, refusal } from '../support/documents.js';
import { REGISTER } from '../support/supervision-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const LEAVE = `mutation($input: LeaveUnexaminedInput!) { leaveUnexamined(input: $input) { disputeId } }`;
const FORWARD = `mutation($input: ForwardComplaintInput!) { forwardComplaint(input: $input) { disputeId } }`;
const CLASSIFY = `mutation($input: ClassifyComplaintInput!) { classifyComplaint(input: $input) { disputeId } }`;
const year2025 = { from: '2025-01-01T00:00:00+01:00', to: '2026-01-01T00:00:00+01:00' };

describe('the register of complaints (KPA art. 254): query and CSV export', () => {
  const time = controlledClock('2024-12-30T10:00:00+01:00');
  let server: TestServer;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer({ clock: time.clock });
    const act = async (at: string, query: string, input: Record<string, unknown>, as: Role | { token: string } = 'CLERK') => {
      time.set(at);
      const res = await server.gql(query, { input }, as);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return Object.values(res.data!)[0] as { disputeId: string };
    };
    const receive = async (name: string, at: string, overrides: Record<string, unknown>) =>
      (ids[name] = (await act(at, RECEIVE, complaintInput({ receivedAt: at, ...overrides }))).disputeId);

    await receive('late2024', '2024-12-30T10:00:00+01:00', { complainant: { name: 'Anna Nowak-Świątek', address: 'ul. Długa 1, Gdańsk' } });
    await receive('decided', '2025-01-02T09:00:00+01:00', {
      complainant: { name: 'Łucja Ćwiek', address: 'ul. Żurawia 5, Łódź' },
      category: 'opieszałość, "brak odpowiedzi"',
    });
    await receive('anonymous', '2025-01-03T11:00:00+01:00', { complainant: null });
    await act('2025-01-03T12:00:00+01:00', FORWARD, {
      disputeId: ids.late2024,
      toBody: 'Wojewoda Podlaski',
      reason: 'Skarga dotyczy zadań zleconych.',
      noticeToComplainant: 'Przekazano skargę Wojewodzie.',
    });
    await act('2025-01-07T10:00:00+01:00', LEAVE, {
      disputeId: ids.anonymous,
      reason: 'ANONYMOUS',
      explanation: 'Brak imienia, nazwiska i adresu.',
    });
    // Received at 00:30 on New Year's Day in Warsaw (still 31 December in UTC), recorded a week later.
    time.set('2025-01-08T08:00:00+01:00');
    await receive('newYear', '2024-12-31T23:30:00Z', { category: '=HYPERLINK("http://example.invalid")' });
    await receive('open', '2025-02-01T10:00:00+01:00', { complainant: { name: 'Marek Źdźbło', email: 'marek@example.pl' } });
    const supervisor = { token: await server.token('SUPERVISOR', 'u-sup', 'Maria Zając') };
    await act(
      '2025-01-10T10:00:00+01:00',
      ASSIGN,
      { disputeId: ids.decided, assigneeId: 'u-piotr', assigneeName: 'Piotr Nowak' },
      supervisor,
    );
    // The subject in art. 227's terms and the competent body (art. 229), as the classifier recorded them.
    await act('2025-01-11T10:00:00+01:00', CLASSIFY, {
      disputeId: ids.decided,
      kind: 'COMPLAINT',
      category: 'opieszałość, "brak odpowiedzi"',
      subjects: ['DELAY', 'BUREAUCRACY'],
      competence: 'THIS_OFFICE',
    });
    await act('2025-01-20T10:00:00+01:00', DECIDE, refusal(ids.decided!));
  });
  afterAll(() => server.close());

  const register = async (role: Role, period = year2025) => {
    const res = await server.gql(REGISTER, period, role);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.register as Record<string, unknown>[];
  };

  it('numbers complaints per Warsaw year in the order their receipts were recorded, with who handled them and how they ended', async () => {
    expect(await register('SUPERVISOR')).toEqual([
      {
        disputeId: ids.decided,
        number: 'S/2025/0001',
        receivedAt: '2025-01-02T09:00:00+01:00',
        complainant: 'Łucja Ćwiek',
        complainantStatus: 'NAMED',
        category: 'opieszałość, "brak odpowiedzi"',
        handledBy: 'Piotr Nowak',
        settlement: 'NOT_UPHELD',
        settledAt: '2025-01-20T09:00:00.000Z',
      },
      {
        disputeId: ids.anonymous,
        number: 'S/2025/0002',
        receivedAt: '2025-01-03T11:00:00+01:00',
        complainant: null,
        complainantStatus: 'ANONYMOUS',
        category: 'przewlekłość postępowania',
        handledBy: 'Anna Żółkiewska',
        settlement: 'LEFT_UNEXAMINED',
        settledAt: '2025-01-07T09:00:00.000Z',
      },
      {
        disputeId: ids.newYear,
        number: 'S/2025/0003',
        receivedAt: '2024-12-31T23:30:00Z',
        complainant: 'Jan Kowalski',
        complainantStatus: 'NAMED',
        category: '=HYPERLINK("http://example.invalid")',
        handledBy: null,
        settlement: null,
        settledAt: null,
      },
      {
        disputeId: ids.open,
        number: 'S/2025/0004',
        receivedAt: '2025-02-01T10:00:00+01:00',
        complainant: 'Marek Źdźbło',
        complainantStatus: 'NAMED',
        category: 'przewlekłość postępowania',
        handledBy: null,
        settlement: null,
        settledAt: null,
      },
    ]);
    expect(await register('CLERK', { from: '2024-01-01T00:00:00+01:00', to: year2025.from })).toEqual([
      expect.objectContaining({
        disputeId: ids.late2024,
        number: 'S/2024/0001',
        settlement: 'FORWARDED',
        handledBy: 'Anna Żółkiewska',
        complainant: 'Anna Nowak-Świątek',
      }),
    ]);
  });

  it('shows the ombudsman reviewer no complainant, and is not for mediators', async () => {
    const rows = await register('OMBUDSMAN');
    expect(rows.map((r) => [r.complainant, r.complainantStatus])).toEqual([
      [null, 'WITHHELD'],
      [null, 'ANONYMOUS'],
      [null, 'WITHHELD'],
      [null, 'WITHHELD'],
    ]);
    expect((await server.gql(REGISTER, year2025, 'MEDIATOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await server.gql(REGISTER, { from: year2025.to, to: year2025.from }, 'SUPERVISOR');
    expect(backwards.errors?.[0]).toMatchObject({
      message: expect.stringContaining('to must be later than `from`'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('a rebuild from the events gives every complaint the number it had', async () => {
    const db = openReadModelDb(':memory:');
    const events = createSqliteEventStore({ file: join(server.dataDir, 'events.sqlite'), codec: catalogueCodec });
    try {
      const projections = projectionsWithKeys(server.dataDir);
      await createProjectionRunner(events, db, projections.makeProjections).rebuild();
      projections.close();
      const numbers = db.prepare('SELECT dispute_id AS id, number FROM register ORDER BY number').all();
      expect(numbers).toEqual([
        { id: ids.late2024, number: 'S/2024/0001' },
        { id: ids.decided, number: 'S/2025/0001' },
        { id: ids.anonymous, number: 'S/2025/0002' },
        { id: ids.newYear, number: 'S/2025/0003' },
        { id: ids.open, number: 'S/2025/0004' },
      ]);
    } finally {
      db.close();
      await events.close();
    }
  });

  describe('GET /exports/register.csv', () => {
    const download = async (query: string, role: Role | null = 'SUPERVISOR') => {
      const headers: Record<string, string> = role ? { authorization: `Bearer ${await server.token(role)}` } : {};
      const res = await fetch(`${server.url}/exports/register.csv?${query}`, { headers });
      return { res, bytes: Buffer.from(await res.arrayBuffer()) };
    };

    it('opens cleanly in a spreadsheet: UTF-8 with BOM, CRLF, RFC 4180 quoting, Polish headers and letters intact', async () => {
      const { res, bytes } = await download('from=2025-01-01&to=2026-01-01');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain('rejestr-skarg.csv');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(parse(text, { bom: true })).toEqual([
        [
          'Nr rejestru',
          'Data wpływu',
          'Skarżący',
          'Przedmiot skargi',
          'Prowadzący',
          'Sposób załatwienia',
          'Data załatwienia',
          'Przedmiot wg art. 227 KPA',
          'Organ właściwy (art. 229 KPA)',
        ],
        // Warsaw time the Polish way: decided at 09:00Z is 10:00 in Warsaw.
        [
          'S/2025/0001',
          '02.01.2025 09:00',
          'Łucja Ćwiek',
          'opieszałość, "brak odpowiedzi"',
          'Piotr Nowak',
          'nieuwzględniona',
          '20.01.2025 10:00',
          'przewlekłe załatwianie spraw; biurokratyczne załatwianie spraw',
          'ten urząd',
        ],
        [
          'S/2025/0002',
          '03.01.2025 11:00',
          '(anonimowa)',
          'przewlekłość postępowania',
          'Anna Żółkiewska',
          'pozostawiona bez rozpoznania',
          '07.01.2025 10:00',
          '',
          '',
        ],
        // A leading "=" would run as a formula; the apostrophe keeps it text. 23:30Z on 31 December is New Year's Day in Warsaw.
        ['S/2025/0003', '01.01.2025 00:30', 'Jan Kowalski', `'=HYPERLINK("http://example.invalid")`, '', '', '', '', ''],
        ['S/2025/0004', '01.02.2025 10:00', 'Marek Źdźbło', 'przewlekłość postępowania', '', '', '', '', ''],
      ]);
      expect(text).toContain('"opieszałość, ""brak odpowiedzi"""');
    });

    it('in Polish through and through: no code word of the API and no UTC instant in any cell, forwarded and settled alike', async () => {
      const years = await Promise.all(
        ['from=2024-01-01&to=2025-01-01', 'from=2025-01-01&to=2026-01-01'].map(async (q) =>
          (await download(q, 'CLERK')).bytes.toString('utf8'),
        ),
      );
      const cells = years.flatMap((text) => (parse(text, { bom: true }) as string[][]).flat());
      expect(cells).toContain('przekazana według właściwości (art. 231 KPA)');
      const codeWords = [...settlements, ...complainantStatuses, 'NULL', 'UNDEFINED'];
      expect(cells.filter((c) => codeWords.some((w) => c.toUpperCase() === w || c.includes(w)))).toEqual([]);
      expect(cells.filter((c) => /\d{4}-\d{2}-\d{2}|T\d{2}:|Z$/.test(c))).toEqual([]);
    });

    it('in English on request, with semicolons for a spreadsheet set to Polish, and the same period given as instants', async () => {
      const { res, bytes } = await download(
        `from=${encodeURIComponent(year2025.from)}&to=${encodeURIComponent(year2025.to)}&lang=en&delimiter=semicolon`,
      );
      expect(res.headers.get('content-disposition')).toContain('complaints-register.csv');
      const rows = parse(bytes.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
      expect(rows[0]).toEqual([
        'Register number',
        'Date received',
        'Complainant',
        'Subject',
        'Handled by',
        'How settled',
        'Date settled',
        'Subject under KPA art. 227',
        'Competent body (KPA art. 229)',
      ]);
      expect(rows[1]).toEqual([
        'S/2025/0001',
        '2025-01-02 09:00',
        'Łucja Ćwiek',
        'opieszałość, "brak odpowiedzi"',
        'Piotr Nowak',
        'not upheld',
        '2025-01-20 10:00',
        'slow handling of matters; bureaucratic handling of matters',
        'this office',
      ]);
      expect(rows[2]![2]).toBe('(anonymous)');
      expect(rows).toHaveLength(5);
    });

    it('with the authorization of the register query: no names for the ombudsman reviewer, nothing for a mediator or without a token', async () => {
      const ombudsman = parse((await download('from=2025-01-01&to=2026-01-01', 'OMBUDSMAN')).bytes.toString('utf8'), {
        bom: true,
      }) as string[][];
      expect(ombudsman.slice(1).map((r) => r[2])).toEqual([
        '(dane niedostępne)',
        '(anonimowa)',
        '(dane niedostępne)',
        '(dane niedostępne)',
      ]);
      const mediator = await download('from=2025-01-01&to=2026-01-01', 'MEDIATOR');
      expect(mediator.res.status).toBe(403);
      expect(JSON.parse(mediator.bytes.toString('utf8')).errors[0].extensions.code).toBe('FORBIDDEN');
      const anonymous = await download('from=2025-01-01&to=2026-01-01', null);
      expect(anonymous.res.status).toBe(401);
      expect(JSON.parse(anonymous.bytes.toString('utf8')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('answers a bad period with 400 and what to send', async () => {
      for (const query of [
        'to=2026-01-01',
        'from=2025-13-01&to=2026-01-01',
        'from=2026-01-01&to=2025-01-01',
        'from=2025-01-01&to=2026-01-01&lang=de',
      ]) {
        const { res, bytes } = await download(query);
        expect(res.status, query).toBe(400);
        const error = JSON.parse(bytes.toString('utf8')).errors[0];
        expect(error.extensions.code, query).toBe('BAD_USER_INPUT');
        expect(error.message.length, query).toBeGreaterThan(20);
      }
    });
  });
});
