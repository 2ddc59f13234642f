import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlledClock } from '../support/controlled-clock.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { buildSupervisionScenario } from '../support/supervision-scenario.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const maria: WebUser = { userId: 'maria', name: 'Maria Zając', role: 'SUPERVISOR', password: 'Zażółć gęślą jaźń 2025!' };
const past = { local: '2025-03-05T12:00', instant: '2025-03-05T12:00:00+01:00' };
const WORKLOAD_AS_OF = `query($at: DateTime!) { workloadAsOf(at: $at) { byAssignee { assignee { name } open dueThisWeek overdue } byUnit { unit open overdue } } }`;
const OVERDUE_AS_OF = `query($at: DateTime!) { overdueAsOf(at: $at) { daysLate dispute { registerNumber } } }`;
const DEADLINES_AS_OF = `query($at: DateTime!) { deadlinesAsOf(at: $at, within: 7) { daysLeft dispute { registerNumber } } }`;
const WORKLOAD = `{ workload { byAssignee { assignee { name } open } } }`;

/** A page may take a few seconds to load its chunk and ask the API on a machine shared with other work. */
const poll = <T>(read: () => Promise<T> | T, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 10_000, ...options });

/** The text of each body row of the table a caption or heading names, cell by cell, as a person reads it. */
const rowsOf = (page: Page, name: string | RegExp) =>
  page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));

describe.skipIf(!chromiumPath)('the supervisor in a browser: dashboard, the past, the case list, search, the register', () => {
  // The scenario of test/support/supervision-scenario.ts: six complaints of February 2025, the clock left at
  // Tue 11 Mar 2025, 09:00 Warsaw; then six more received that morning, one of them to be searched for.
  const time = controlledClock('2025-01-31T10:00:00+01:00');
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let session: Awaited<ReturnType<typeof signIn>>;
  const receive = async (overrides: Record<string, unknown>) => {
    const res = await server.gql(RECEIVE, { input: complaintInput({ receivedAt: time.clock().toISOString(), ...overrides }) }, 'CLERK');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: time.clock });
    await buildSupervisionScenario(server, time);
    await receive({
      description: 'Długo czekałem na odpowiedź; w piśmie było <b>pogrubienie</b> i nic więcej.',
      concernedUnit: 'Wydział Geodezji',
    });
    for (let i = 0; i < 5; i++) await receive({ concernedUnit: 'Wydział Geodezji' });
    await createUser(server, maria);
    browser = await launchBrowser();
    session = await signIn(browser, server, maria);
    page = session.page;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lands on the dashboard: the overdue cases in words and colour, the workload as a chart with its table, updated live', async () => {
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pulpit przełożonego');
    // F was due on 28 February, B on 10 March: 11 days and 1 day late on 11 March.
    await poll(() => rowsOf(page, 'Sprawy po terminie')).toEqual([
      [
        'S/2025/0001',
        'przewlekłość postępowania',
        'bez wskazanej komórki',
        'nieprzydzielone',
        '28 lutego 2025',
        '11 dni po terminie (7 dni roboczych)',
      ],
      [
        'S/2025/0003',
        'przewlekłość postępowania',
        'Wydział Podatków',
        'Ewa Wójcik',
        '10 marca 2025',
        '1 dzień po terminie (1 dzień roboczy)',
      ],
    ]);
    expect((await rowsOf(page, 'Terminy w ciągu 7 dni')).map((r) => [r[0], r[5]])).toEqual([
      ['S/2025/0004', 'zostały 3 dni (3 dni robocze)'],
      ['S/2025/0005', 'zostało 6 dni (4 dni robocze)'],
    ]);
    await poll(() => page.getByRole('img', { name: 'Obciążenie według prowadzących' }).count()).toBe(1);
    const people = (await server.gql(WORKLOAD, {}, 'SUPERVISOR')).data!.workload.byAssignee as {
      assignee: { name: string } | null;
      open: number;
    }[];
    const table = await rowsOf(page, 'Obciążenie według prowadzących');
    expect(table.map((r) => [r[0], Number(r[1])])).toEqual(people.map((p) => [p.assignee?.name ?? 'nieprzydzielone', p.open]));
    expect(await accessibilityViolations(page)).toEqual([]);

    // Someone receives a complaint: the unassigned row grows without a reload (disputeReceived).
    const unassigned = Number(table.find((r) => r[0] === 'nieprzydzielone')![1]);
    await receive({ concernedUnit: 'Wydział Geodezji' });
    await poll(async () => (await rowsOf(page, 'Obciążenie według prowadzących')).find((r) => r[0] === 'nieprzydzielone')?.[1], {
      timeout: 10_000,
    }).toBe(String(unassigned + 1));
  });

  it('shows the dashboard as it stood at a past moment exactly as deadlinesAsOf, overdueAsOf and workloadAsOf answer, marked as the past', async () => {
    await page.getByLabel(/^Stan na \(czas warszawski\)/).fill(past.local);
    await page.getByRole('button', { name: 'Pokaż stan z tej chwili' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Widok archiwalny' }).textContent()).toContain(
      'stan na 5.03.2025, 12:00 (czas warszawski)',
    );
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(past.instant);

    const due = (await server.gql(DEADLINES_AS_OF, { at: past.instant }, 'SUPERVISOR')).data!.deadlinesAsOf as {
      daysLeft: number;
      dispute: { registerNumber: string };
    }[];
    // On 5 March B fell due in 5 days (10 March); C, due on the 14th, was 9 days away.
    expect(due.map((r) => [r.dispute.registerNumber, r.daysLeft])).toEqual([['S/2025/0003', 5]]);
    await poll(async () => (await rowsOf(page, 'Terminy w ciągu 7 dni')).map((r) => [r[0], /\d+/.exec(r.at(-1)!)?.[0]])).toEqual(
      due.map((r) => [r.dispute.registerNumber, String(r.daysLeft)]),
    );

    const late = (await server.gql(OVERDUE_AS_OF, { at: past.instant }, 'SUPERVISOR')).data!.overdueAsOf as {
      daysLate: number;
      dispute: { registerNumber: string };
    }[];
    // On 5 March F was late, and so was A, whose deadline was extended only on 6 March.
    expect(late.map((r) => r.dispute.registerNumber)).toEqual(['S/2025/0001', 'S/2025/0002']);
    await poll(async () => (await rowsOf(page, 'Sprawy po terminie')).map((r) => [r[0], r[5]!.split(' ')[0]])).toEqual(
      late.map((r) => [r.dispute.registerNumber, String(r.daysLate)]),
    );

    const then = (await server.gql(WORKLOAD_AS_OF, { at: past.instant }, 'SUPERVISOR')).data!.workloadAsOf as {
      byAssignee: { assignee: { name: string } | null; open: number; dueThisWeek: number; overdue: number }[];
      byUnit: { unit: string | null; open: number; overdue: number }[];
    };
    await poll(async () => (await rowsOf(page, 'Obciążenie według prowadzących')).map((r) => r.slice(0, 4))).toEqual(
      then.byAssignee.map((a) => [a.assignee?.name ?? 'nieprzydzielone', String(a.open), String(a.dueThisWeek), String(a.overdue)]),
    );
    expect((await rowsOf(page, 'Obciążenie według komórek')).map((r) => [r[0], r[1], r[3]])).toEqual(
      then.byUnit.map((u) => [u.unit ?? 'bez wskazanej komórki', String(u.open), String(u.overdue)]),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Wróć do stanu bieżącego' }).click();
    await poll(() => page.getByRole('heading', { name: 'Terminy w ciągu 7 dni' }).count()).toBe(1);
  });

  it('filters the case list, keeps the filters in a bookmarkable address, and pages forward and back', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Sprawy' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Znaleziono' }).textContent()).toBe('Znaleziono: 13 spraw. Strona 1.');
    await page.getByLabel('Komórka', { exact: true }).fill('Wydział Podatków');
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Znaleziono' }).textContent()).toBe('Znaleziono: 3 sprawy. Strona 1.');
    expect(new URL(page.url()).searchParams.get('unit')).toBe('Wydział Podatków');
    // A bookmark of this address shows the same list.
    await page.goto(page.url());
    await poll(async () => (await rowsOf(page, 'Sprawy')).map((r) => r[0])).toEqual(['S/2025/0006', 'S/2025/0003', 'S/2025/0002']);
    expect(await page.getByLabel('Komórka', { exact: true }).inputValue()).toBe('Wydział Podatków');

    await page.getByLabel('Komórka', { exact: true }).fill('');
    await page.getByLabel('Po terminie').selectOption({ label: 'tylko po terminie' });
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await poll(async () => (await rowsOf(page, 'Sprawy')).map((r) => [r[0], r[7]])).toEqual([
      ['S/2025/0003', '10 marca 2025 (po terminie)'],
      ['S/2025/0001', '28 lutego 2025 (po terminie)'],
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Wyczyść filtry' }).click();
    await page.getByLabel('Spraw na stronie').selectOption('10');
    await page.getByLabel('Kolejność').selectOption({ label: 'od najstarszych' });
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await poll(async () => (await rowsOf(page, 'Sprawy')).length).toBe(10);
    const first = (await rowsOf(page, 'Sprawy')).map((r) => r[0]);
    await page.getByRole('button', { name: 'Następna strona' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Znaleziono' }).textContent()).toBe('Znaleziono: 13 spraw. Strona 2.');
    await poll(async () => (await rowsOf(page, 'Sprawy')).length).toBe(3);
    const second = (await rowsOf(page, 'Sprawy')).map((r) => r[0]);
    expect(await page.getByRole('button', { name: 'Następna strona' }).count()).toBe(0);
    // Every case once, oldest first (those received the same minute in the order of their ids).
    expect([...first, ...second].sort()).toEqual(Array.from({ length: 13 }, (_, i) => `S/2025/${String(i + 1).padStart(4, '0')}`));
    expect(first.slice(0, 6)).toEqual(['S/2025/0001', 'S/2025/0002', 'S/2025/0003', 'S/2025/0004', 'S/2025/0005', 'S/2025/0006']);
    await page.getByRole('button', { name: 'Poprzednia strona' }).click();
    await poll(async () => (await rowsOf(page, 'Sprawy')).map((r) => r[0])).toEqual(first);
  });

  it('searches with and without Polish letters, marking the words found and showing typed markup as text', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Wyszukiwanie' }).click();
    for (const words of ['dlugo czekalem', 'Długo czekałem']) {
      await page.getByLabel('Szukane słowa').fill(words);
      await page.getByRole('button', { name: 'Szukaj' }).click();
      await poll(() => page.getByRole('heading', { name: /Znaleziono/ }).textContent()).toBe('Znaleziono 1 sprawę.');
      const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Sprawa S/2025/0007' }) });
      expect(await hit.locator('mark').allTextContents()).toEqual(['Długo', 'czekałem']);
      expect(await hit.locator('blockquote').textContent()).toContain('<b>pogrubienie</b>');
      expect(await hit.locator('blockquote b').count()).toBe(0);
    }
    expect(new URL(page.url()).searchParams.get('q')).toBe('Długo czekałem');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reads the register of a period and downloads its CSV through the page, in Polish and Warsaw time', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Rejestr skarg' }).click();
    await page.getByLabel('Od dnia').fill('2025-01-01');
    await page.getByLabel('Do dnia (włącznie)').fill('2025-12-31');
    await page.getByRole('button', { name: 'Pokaż' }).click();
    // The register is the server's first whole-period work: it starts a worker thread, which run from the TypeScript
    // sources compiles them first (jiti: seconds on a busy machine; a built server starts it in a fraction of one).
    await poll(async () => (await rowsOf(page, 'Rejestr skarg')).length, { timeout: 60_000 }).toBe(13);
    const table = await rowsOf(page, 'Rejestr skarg');
    expect(table[5]).toEqual([
      'S/2025/0006',
      '20.02.2025, 10:00',
      'Jan Kowalski',
      'przewlekłość postępowania',
      'Piotr Nowak',
      'nieuwzględniona',
      '5.03.2025, 10:00',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Pobierz rejestr (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rejestr-skarg.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const rows = parse(Buffer.concat(chunks), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Nr rejestru',
      'Data wpływu',
      'Skarżący',
      'Przedmiot skargi',
      'Prowadzący',
      'Sposób załatwienia',
      'Data załatwienia',
      'Przedmiot wg art. 227 KPA',
      'Organ właściwy (art. 229 KPA)',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(table.map((r) => r[0]));
    expect(rows[6]).toEqual([
      'S/2025/0006',
      '20.02.2025 10:00',
      'Jan Kowalski',
      'przewlekłość postępowania',
      'Piotr Nowak',
      'nieuwzględniona',
      '05.03.2025 10:00',
      '',
      '',
    ]);
  });

  it('fetched nothing from outside the server and logged no error', () => {
    expect(session.outside).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
