import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXTEND, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const clerk: WebUser = { userId: 'ewa.wojcik', name: 'Ewa Wójcik', role: 'CLERK', password: 'Pismo-do-obywatela-2026' };
const polishDate = (iso: string) =>
  `${new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))} r.`;
/** An API code word (LETTER, NOT_UPHELD, KPA-36-notice…) or a raw instant must never reach a letter. */
const codeWord = /\b[A-Z]{3,}(_[A-Z]+)*\b(?<!\bKPA\b|\bRODO\b|\bUE\b)|\d{4}-\d{2}-\d{2}T/;

/**
 * Issue 9, letters to the citizen: the acknowledgement, the art. 36 delay notice and the art. 238 answer open as
 * print-ready pages with the case's facts, in Polish by default and in English on request, and print on A4.
 */
describe.skipIf(!chromiumPath)('letters to the complainant in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let outside: string[];
  let consoleErrors: string[];
  let disputeId: string;
  let dueAt: string;
  const newDueAt = new Date(Date.now() + 50 * 86_400_000).toISOString();

  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input }, 'CLERK');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string };
  };
  const letter = async (path: string) => {
    await page.goto(`${server.url}/disputes/${disputeId}/letters/${path}`);
    await page.locator('article.letter h1').waitFor();
    return page.getByRole('article').innerText();
  };

  beforeAll(async () => {
    server = await startTestServer({ env: { OFFICE_NAME: 'Urząd Gminy Łącko' } });
    browser = await launchBrowser();
    await createUser(server, clerk);
    ({ disputeId } = await ok(
      RECEIVE,
      complaintInput({ complainant: { name: 'Józef Ślęzak', address: 'ul. Źródlana 5/2, 33-390 Łącko' } }),
    ));
    await ok(ACKNOWLEDGE, { disputeId });
    dueAt = (await server.gql(`query($id: ID!) { dispute(id: $id) { dueAt } }`, { id: disputeId })).data!.dispute.dueAt;
    await ok(EXTEND, { disputeId, newDueAt, reasons: 'Potrzebna jest opinia Wydziału Geodezji, o którą wystąpiliśmy 1 grudnia.' });
    await ok(DECIDE, refusal(disputeId));
    ({ page, outside, consoleErrors } = await signIn(browser, server, clerk));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the acknowledgement names the office, the case number, the complainant and the answer’s due day, the Polish way', async () => {
    const text = await letter('acknowledgement');
    expect(text).toContain('Urząd Gminy Łącko');
    expect(text).toContain('Znak sprawy: S/');
    expect(text).toContain('Józef Ślęzak\nul. Źródlana 5/2, 33-390 Łącko');
    expect(text).toContain('Potwierdzenie przyjęcia skargi');
    expect(text).toContain('przyjął skargę złożoną listownie w sprawie: przewlekłość postępowania.');
    expect(text).toContain(`do dnia ${polishDate(dueAt)}`);
    expect(text).not.toMatch(codeWord);
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 30_000);

  it('the delay notice (KPA art. 36) gives the reason and the new date, with the instruction on prompting', async () => {
    const text = await letter('delay-notice');
    expect(text).toContain('Zawiadomienie o niezałatwieniu skargi w terminie');
    expect(text).toContain(`nie zostanie rozpatrzona w terminie do dnia ${polishDate(dueAt)}`);
    expect(text).toMatch(/Przyczyna zwłoki\s+Potrzebna jest opinia Wydziału Geodezji, o którą wystąpiliśmy 1 grudnia\./);
    expect(text).toContain(`Skarga zostanie rozpatrzona do dnia ${polishDate(newDueAt)}.`);
    expect(text).toContain('ponaglenia');
    expect(text).not.toMatch(codeWord);
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 30_000);

  it('the answer (KPA art. 238) states the outcome, both grounds, the signer and the art. 239 instruction; English on request', async () => {
    const text = await letter('answer');
    expect(text).toContain('Zawiadomienie o sposobie załatwienia skargi');
    expect(text).toContain('Skarga nie została uwzględniona.');
    expect(text).toMatch(/Uzasadnienie faktyczne\s+Wniosek rozpatrzono w ustawowym terminie; zwłoka wynikała z braku zaświadczenia\./);
    expect(text).toMatch(/Uzasadnienie prawne\s+art\. 35 § 3 Kodeks postępowania administracyjnego/);
    expect(text).toMatch(/Pouczenie \(art\. 239 Kodeksu postępowania administracyjnego\)\s+Zgodnie z art\. 239 § 1 KPA/);
    expect(text).toMatch(/Ewa Wójcik\s+Sekretarz Miasta/);
    expect(text).not.toMatch(codeWord);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Wersja angielska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notice of how your complaint was dealt with' }).waitFor();
    const english = await page.getByRole('article').innerText();
    expect(english).toContain('The complaint has not been upheld.');
    expect(english).toContain('Case reference: S/');
    expect(english).not.toMatch(codeWord);
  }, 30_000);

  it('each letter prints on one A4 sheet, with nothing wider than the printable area and no menu or buttons', async () => {
    for (const path of ['acknowledgement', 'delay-notice', 'answer']) {
      await letter(path);
      await page.emulateMedia({ media: 'print' });
      // The printable width of A4 with the letter's margins (210 mm − 45 mm) at 96 px per inch.
      await page.setViewportSize({ width: Math.floor((165 / 25.4) * 96), height: 1000 });
      expect(await page.getByRole('navigation').isVisible()).toBe(false);
      expect(await page.getByRole('button').count()).toBe(await page.getByRole('button').filter({ visible: false }).count());
      const overflow = (await page.evaluate(
        `[...document.querySelectorAll('article.letter *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length + (document.documentElement.scrollWidth > document.documentElement.clientWidth ? 1 : 0)`,
      )) as number;
      expect(overflow, path).toBe(0);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), `${path}: pages`).toHaveLength(1);
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
