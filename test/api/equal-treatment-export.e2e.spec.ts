import { existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCases, spread } from '../support/equality-seed.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** January: women's complaints upheld 3 in 12, men's 9 in 12. */
const cases = spread(
  0,
  24,
  (i) => ({
    answers: { sex: i < 12 ? 'FEMALE' : 'MALE' },
    outcome: i % 12 < (i < 12 ? 3 : 9) ? 'UPHELD' : 'NOT_UPHELD',
    decidedAfterDays: i < 12 ? 20 : 10,
  }),
  6,
);
const period = 'from=2025-01-01&to=2025-02-01&dimension=sex';

let now = new Date('2025-01-01T08:00:00Z');
let server: TestServer;
let ombudsman: string;

const download = (path: string, token: string | null = ombudsman) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  await seedCases(server, (at) => (now = at), cases);
  now = new Date('2025-03-01T10:00:00+01:00');
  ombudsman = await server.token('OMBUDSMAN');
}, 60_000);
afterAll(() => server.close());

describe('the report as CSV', () => {
  it('UTF-8 with a byte order mark, Polish headers, one row per group, read back to the same figures', async () => {
    const res = await download(`/exports/equal-treatment.csv?${period}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('raport-rownego-traktowania-sex.csv');
    const body = Buffer.from(await res.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.grupa)).toEqual(['FEMALE', 'MALE', 'NOT_GIVEN', 'OTHER', 'PREFER_NOT_TO_SAY']);
    const women = rows[0]!;
    expect(women).toMatchObject({
      wymiar: 'płeć',
      ukryta: 'nie',
      'liczba skarg': '12',
      'odsetek skarg uwzględnionych': '0.25',
      'sygnał (poniżej 0,8)': 'tak',
      test: 'CHI_SQUARE',
    });
    expect(Number(women['współczynnik niekorzystnego wpływu'])).toBeCloseTo(1 / 3, 9);
    expect(Number(women['wartość p'])).toBeLessThan(0.05);
    expect(women['mediana dni do rozstrzygnięcia']).toBe('20');
    expect(rows[2]).toMatchObject({ ukryta: 'tak', 'liczba skarg': '', 'odsetek skarg uwzględnionych': '' });
  });

  it('in English with lang=en, semicolons on request', async () => {
    const res = await download(`/exports/equal-treatment.csv?${period}&lang=en&delimiter=semicolon`);
    const rows = parse(Buffer.from(await res.arrayBuffer()), { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows[1]).toMatchObject({
      dimension: 'sex',
      group: 'MALE',
      suppressed: 'no',
      count: '12',
      'upheld rate': '0.75',
      'flag (below 0.8)': 'no',
    });
    expect(rows[0]!.reading).toMatch(/^Unlikely to be chance/);
  });

  it('with the bearer token and the authorization of the query, and the same checks of the period', async () => {
    expect((await download(`/exports/equal-treatment.csv?${period}`, null)).status).toBe(401);
    expect((await download(`/exports/equal-treatment.csv?${period}`, await server.token('CLERK'))).status).toBe(403);
    expect((await download(`/exports/equal-treatment.csv?${period}`, await server.token('SUPERVISOR'))).status).toBe(200);
    const shifted = await download('/exports/equal-treatment.csv?from=2025-01-02&to=2025-02-01&dimension=sex');
    expect(shifted.status).toBe(400);
    expect(
      ((await shifted.json()) as { errors: { extensions: { fields: { path: string }[] } }[] }).errors[0]!.extensions.fields[0]!.path,
    ).toBe('from');
    // Two months are no allowed period: with January–February and January–March both allowed, March could be had by subtraction.
    const twoMonths = await download('/exports/equal-treatment.csv?from=2025-01-01&to=2025-03-01&dimension=sex');
    expect(twoMonths.status).toBe(400);
    const { fields } = ((await twoMonths.json()) as { errors: { extensions: { fields: { path: string; message: string }[] } }[] })
      .errors[0]!.extensions;
    expect(fields).toEqual([
      expect.objectContaining({ path: 'to', message: expect.stringContaining('one calendar month, quarter (January–March') }),
    ]);
    expect((await download('/exports/equal-treatment.csv?from=2024-10-01&to=2025-01-01&dimension=sex')).status).toBe(200);
    expect((await download('/exports/equal-treatment.csv?from=2024-01-01&to=2025-01-01&dimension=sex')).status).toBe(200);
  });
});

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);
if (!chromiumPath)
  console.warn(
    'Skipping the printable-report checks: no chromium binary (install it with `apt-get install chromium`, or set CHROMIUM_PATH).',
  );

describe.skipIf(!chromiumPath)('the report as a printable page, opened in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath!,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(() => browser?.close());

  const open = async (query: string) => {
    const page = await browser.newPage({ extraHTTPHeaders: { authorization: `Bearer ${ombudsman}` } });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
    const response = await page.goto(`${server.url}/exports/equal-treatment.html?${query}`);
    expect(response!.status()).toBe(200);
    return { page, failed };
  };

  it('draws the upheld rate per group with the 0.8 line relative to the best group, and the days to decision', async () => {
    const { page, failed } = await open(period);
    expect(await page.locator('h1').textContent()).toBe('Raport równego traktowania');
    const charts = page.locator('svg');
    expect(await charts.count()).toBe(2);

    const upheld = charts.nth(0);
    const bars = upheld.locator('g.bar:not(.missing) rect');
    expect(await bars.count()).toBe(2);
    const [women, men] = [await bars.nth(0).boundingBox(), await bars.nth(1).boundingBox()];
    // Drawn, and to scale: 25 % against 75 %.
    expect(women!.width).toBeGreaterThan(0);
    expect(men!.width / women!.width).toBeCloseTo(3, 1);
    // The four-fifths line stands at 0.8 × 75 % = 60 %, beyond the women's bar and short of the men's.
    const line = await upheld.locator('g.reference line').boundingBox();
    expect(await upheld.locator('g.reference').getAttribute('data-value')).toBe(String(0.8 * 0.75));
    expect(line!.x).toBeGreaterThan(women!.x + women!.width);
    expect(line!.x).toBeLessThan(men!.x + men!.width);
    expect(await upheld.locator('g.bar.missing').count()).toBe(3);

    const days = charts.nth(1).locator('g.bar:not(.missing)');
    expect(await days.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-group'), Number(g.getAttribute('data-value'))]))).toEqual([
      ['FEMALE', 20],
      ['MALE', 10],
    ]);
    const row = page.locator('tr[data-group="FEMALE"] td');
    expect(await row.nth(1).textContent()).toBe('12');
    expect(await row.nth(2).textContent()).toMatch(/^25\s?%$/);
    expect(await page.locator('tr.suppressed').count()).toBe(3);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('reads in Polish with Warsaw time, and fits a 1280 px screen without scrolling sideways', async () => {
    const { page, failed } = await open(period);
    await page.setViewportSize({ width: 1280, height: 900 });
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    // [1 Jan, 1 Feb) Warsaw: the period's last day, and the moment the figures describe, as a reader says them.
    expect(text).toContain('okres od 1 stycznia 2025, okres do 31 stycznia 2025');
    expect(text).toContain('stan na 1 lutego 2025, 00:00 (czas warszawski)');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|FEMALE|MALE|NOT_GIVEN|CHI_SQUARE|FISHER_EXACT/);
    expect(await page.locator('tr[data-group="FEMALE"] td').first().textContent()).toBe('kobieta');
    expect(text).toContain('test łączny: test chi-kwadrat');
    // A string, not a function: the tests are compiled without the DOM's types, and this runs in the page.
    const overflow = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    )) as { scroll: number; client: number };
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('in English with lang=en', async () => {
    const { page } = await open(`${period}&lang=en`);
    expect(await page.locator('h1').textContent()).toBe('Equal-treatment report');
    expect(await page.locator('svg').first().locator('title').textContent()).toBe('Upheld rate by group');
    expect((await page.locator('body').innerText()).replace(/\s+/g, ' ')).toContain('as of 1 February 2025, 00:00 (Warsaw time)');
    expect(await page.locator('tr[data-group="MALE"] td').first().textContent()).toBe('male');
    await page.close();
  });
});
