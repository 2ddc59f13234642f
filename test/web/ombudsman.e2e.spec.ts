import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGS, month, REPORT } from '../support/equality-documents.js';
import { seedCases, spread } from '../support/equality-seed.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const zofia: WebUser = { userId: 'zofia', name: 'Zofia Łęcka', role: 'OMBUDSMAN', password: 'Rzeczniczka równości 2025!' };

/**
 * January 2025: women's complaints upheld 3 in 12, men's 9 in 12 (a planted disparity); and one cell of peers (same
 * category and unit, no equality answers) with one case far slower than the rest and decided the other way. Groups
 * of nobody (other, prefer not to say) are suppressed.
 */
const bySex = spread(
  0,
  24,
  (i) => ({
    answers: { sex: i < 12 ? 'FEMALE' : 'MALE' },
    outcome: i % 12 < (i < 12 ? 3 : 9) ? 'UPHELD' : 'NOT_UPHELD',
    decidedAfterDays: i < 12 ? 20 : 10,
  }),
  6,
);
// Twelve of them, so that "not given" is a group large enough to show and no other is hidden beside it.
const peerDays = [10, 11, 12, 12, 13, 14, 15, 10, 11, 12, 13];
const peers = spread(
  0,
  12,
  (i) => ({
    category: 'odbiór odpadów',
    unit: 'Wydział Gospodarki Komunalnej',
    outcome: i === 11 ? 'UPHELD' : 'NOT_UPHELD',
    decidedAfterDays: peerDays[i] ?? 45,
  }),
  6,
);

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
const rowsOf = (page: Page, name: string) =>
  page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));

describe.skipIf(!chromiumPath)('the ombudsman reviewer in a browser: the equal-treatment report and the cases far from their peers', () => {
  let now = new Date('2025-01-01T08:00:00Z');
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let session: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
    await seedCases(server, (at) => (now = at), [...bySex, ...peers]);
    now = new Date('2025-03-03T10:00:00+01:00');
    await createUser(server, zofia);
    browser = await launchBrowser();
    session = await signIn(browser, server, zofia);
    page = session.page;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'reads January’s report by sex: the upheld rate per group against the four-fifths line, suppressed groups marked, not zero',
    { timeout: 40_000 },
    async () => {
      await page.waitForURL((url) => url.pathname === '/equal-treatment');
      await page.getByLabel('Rodzaj okresu').selectOption({ label: 'miesiąc' });
      await page.getByLabel('Rok').selectOption('2025');
      await page.getByLabel('Miesiąc', { exact: true }).selectOption({ label: 'styczeń' });
      await page.getByLabel('Wymiar').selectOption({ label: 'płeć' });
      await page.getByRole('button', { name: 'Pokaż raport' }).click();
      expect(new URL(page.url()).searchParams.get('period')).toBe('2025-01');
      await poll(() => page.getByRole('heading', { level: 2, name: /^płeć:/ }).textContent()).toBe(
        'płeć: 1 stycznia 2025 – 31 stycznia 2025',
      );

      const answer = (await server.gql(REPORT, { from: month(1), to: month(2), dimension: 'sex' }, 'OMBUDSMAN')).data!
        .equalTreatmentReport as {
        groups: { group: string; suppressed: boolean; upheldRate: number | null; reading: { pl: string } | null }[];
      };
      const names: Record<string, string> = {
        FEMALE: 'kobieta',
        MALE: 'mężczyzna',
        OTHER: 'inna',
        NOT_GIVEN: 'brak odpowiedzi',
        PREFER_NOT_TO_SAY: 'wolę nie odpowiadać',
      };
      const percent = (v: number) => `${Math.round(v * 100)}%`;
      const table = await rowsOf(page, 'Odsetek skarg uwzględnionych według grup');
      // A suppressed group's row says so across its figures; the others give their rate.
      expect(table.map((r) => (r.length === 2 ? r : [r[0], r[2]!.replace(/\s/g, '')]))).toEqual(
        answer.groups.map((g) => [names[g.group], g.suppressed ? 'ukryta (za mała grupa)' : percent(g.upheldRate!)]),
      );
      expect(answer.groups.filter((g) => g.suppressed).length).toBeGreaterThan(0);
      // The women's row reads the API's sentence on the p-value, and is flagged below four-fifths.
      const women = table.find((r) => r[0] === 'kobieta')!;
      expect(women[4]).toBe('tak – sygnał do sprawdzenia');
      expect(women[5]).toContain(answer.groups.find((g) => g.group === 'FEMALE')!.reading!.pl);

      const chart = page.getByRole('img', { name: 'Odsetek skarg uwzględnionych według grup' });
      expect(await chart.locator('g.bar:not(.missing) rect').count()).toBe(
        answer.groups.filter((g) => !g.suppressed && g.upheldRate !== null).length,
      );
      expect(await chart.locator('g.bar.missing').allTextContents()).toEqual(
        answer.groups.filter((g) => g.suppressed).map((g) => `${names[g.group]}ukryta (za mała grupa)`),
      );
      const best = Math.max(...answer.groups.flatMap((g) => (g.upheldRate === null ? [] : [g.upheldRate])));
      expect(Number(await chart.locator('g.reference').getAttribute('data-value'))).toBeCloseTo(0.8 * best, 9);
      expect(await chart.locator('g.reference text').textContent()).toBe('linia 4/5: 0,8 × najlepsza grupa (60%)');
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );

  it('links the printable report for the same period and dimension', { timeout: 40_000 }, async () => {
    const link = page.getByRole('link', { name: 'Wersja do druku (HTML)' });
    expect(await link.getAttribute('href')).toBe('/exports/equal-treatment.html?from=2025-01-01&to=2025-02-01&dimension=sex&lang=pl');
    await link.click();
    await poll(() => page.locator('h1').textContent()).toBe('Raport równego traktowania');
    expect((await page.locator('body').innerText()).replace(/\s+/g, ' ')).toContain('stan na 1 lutego 2025, 00:00 (czas warszawski)');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goBack();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Raport równego traktowania');
  });

  it('follows a consistency flag to the case, pseudonymised', { timeout: 40_000 }, async () => {
    const flags = (await server.gql(FLAGS, { from: month(1), to: month(2) }, 'OMBUDSMAN')).data!.consistencyFlags as {
      disputeId: string;
      pseudonym: string;
      reason: string;
      days: number;
    }[];
    const reasons: Record<string, string> = {
      SLOW: 'znacznie dłużej niż podobne',
      FAST: 'znacznie krócej niż podobne',
      OUTCOME_AGAINST_PEERS: 'wynik inny niż w podobnych',
    };
    await poll(async () => (await rowsOf(page, 'Sprawy odbiegające od podobnych')).map((r) => [r[0], r[3]])).toEqual(
      flags.map((f) => [f.pseudonym, reasons[f.reason]]),
    );
    // The case decided after 45 days, where its peers took 10 to 15.
    const slow = flags.find((f) => f.reason === 'SLOW' && f.days === 45)!;
    await page
      .getByRole('link', { name: `Otwórz sprawę ${slow.pseudonym}` })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === `/disputes/${slow.disputeId}`);
    // The case page comes as its own chunk: wait until it has replaced the report.
    await poll(
      async () =>
        (await page.getByRole('heading', { level: 1 }).textContent()) !== 'Raport równego traktowania' &&
        /Osoba-[0-9A-F]{6}/.test(await page.getByRole('main').innerText()),
    ).toBe(true);
    const text = await page.getByRole('main').innerText();
    expect(text).toMatch(/Osoba-[0-9A-F]{6}/);
    expect(text).not.toMatch(/Jan Kowalski|Lipowa/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('fetched nothing from outside the server and logged no error', () => {
    expect(session.outside).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
