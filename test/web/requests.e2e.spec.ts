import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, EXTEND, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const clerk: WebUser = { userId: 'u-łucja', name: 'Łucja Żak', role: 'CLERK', password: 'wnioski-mieszkańców-2026' };

/**
 * Issue 12, KPA art. 241–247: on a request (wniosek) the case page offers the request's own answer instead of the
 * complaint's decision and ponaglenie, and its letters speak of a request, with art. 244 and 247 instead of 36–37 and 239.
 */
describe.skipIf(!chromiumPath)('a request (wniosek) in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let disputeId: string;

  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input }, 'CLERK');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string };
  };

  beforeAll(async () => {
    server = await startTestServer({ env: { OFFICE_NAME: 'Urząd Gminy Łącko' } });
    browser = await launchBrowser();
    await createUser(server, clerk);
    ({ disputeId } = await ok(
      RECEIVE,
      complaintInput({
        category: 'godziny pracy urzędu',
        description: 'Proszę o otwarcie Biura Obsługi Mieszkańców w jedną sobotę w miesiącu.',
        complainant: { name: 'Józef Ślęzak', address: 'ul. Źródlana 5/2, 33-390 Łącko' },
      }),
    ));
    // Classified at intake, as the intake form does; the acknowledgement is reprinted as it stood when sent.
    await ok(`mutation($input: ClassifyComplaintInput!) { classifyComplaint(input: $input) { disputeId } }`, {
      disputeId,
      kind: 'REQUEST',
      category: 'godziny pracy urzędu',
    });
    await ok(ACKNOWLEDGE, { disputeId });
    await ok(EXTEND, {
      disputeId,
      newDueAt: new Date(Date.now() + 50 * 86_400_000).toISOString(),
      reasons: 'Potrzebna jest opinia Rady Gminy o budżecie na soboty.',
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the clerk answers the request with its own form, and prints its own letters', async () => {
    const { page, outside, consoleErrors } = await signIn(browser, server, clerk);
    await page.goto(`${server.url}/disputes/${disputeId}`);
    await page.getByRole('heading', { level: 2, name: 'Czynności' }).waitFor();
    expect(await page.getByRole('region', { name: 'Załatwienie wniosku' }).innerText()).toContain('Wniosku jeszcze nie załatwiono.');
    const actions = await page.getByLabel('Wybierz czynność').innerText();
    expect(actions).toContain('Załatw wniosek (art. 244 KPA)');
    expect(actions).not.toContain('Rozstrzygnij skargę');
    expect(actions).not.toContain('Zapisz ponaglenie');

    await page.getByLabel('Wybierz czynność').selectOption({ label: 'Załatw wniosek (art. 244 KPA)' });
    await page.getByLabel('Podpisujący – imię i nazwisko').fill('Ewa Wójcik');
    await page.getByLabel('Podpisujący – stanowisko').fill('Sekretarz Gminy');
    await page.getByRole('button', { name: 'Zapisz załatwienie wniosku' }).click();
    await page.getByRole('alert').getByText('Odpowiedź na wniosek podaje podjęte działania albo przyczyny ich niepodjęcia').waitFor();
    expect(await page.getByLabel('Podjęte działania').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Przyczyny niepodjęcia działań').fill('Rada Gminy nie przewidziała w budżecie na 2027 r. pracy urzędu w soboty.');
    await page.getByRole('button', { name: 'Zapisz załatwienie wniosku' }).click();
    await page.getByText('Zapisano: Załatw wniosek (art. 244 KPA).').waitFor();
    const timeline = page.getByRole('list', { name: 'Przebieg sprawy' });
    await expect.poll(() => timeline.innerText()).toContain('Załatwiono wniosek (art. 244 KPA). Przyczyny niepodjęcia działań: Rada Gminy');
    const answered = page.getByRole('region', { name: 'Załatwienie wniosku' });
    await expect.poll(() => answered.innerText()).toMatch(/Przyczyny niepodjęcia działań\s+Rada Gminy nie przewidziała/);
    expect(await answered.innerText()).toMatch(/Podpisał\(a\)\s+Ewa Wójcik, Sekretarz Gminy/);

    await page.getByRole('link', { name: 'Zawiadomienie o sposobie załatwienia wniosku (do druku)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zawiadomienie o sposobie załatwienia wniosku' }).waitFor();
    const answer = await page.getByRole('article').innerText();
    expect(answer).toMatch(/Przyczyny niepodjęcia działań\s+Rada Gminy nie przewidziała w budżecie na 2027 r\. pracy urzędu w soboty\./);
    expect(answer).toMatch(/Pouczenie \(art\. 247 Kodeksu postępowania administracyjnego\)\s+Zgodnie z art\. 247/);
    expect(answer).toMatch(/Ewa Wójcik\s+Sekretarz Gminy/);
    expect(answer).not.toMatch(/skarg[aię] została|art\. 239/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Wróć do sprawy' }).click();
    await page.getByRole('link', { name: 'Potwierdzenie przyjęcia wniosku (do druku)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Potwierdzenie przyjęcia wniosku' }).waitFor();
    expect(await page.getByRole('article').innerText()).toContain(
      '(art. 244 § 1 w związku z art. 237 § 1 Kodeksu postępowania administracyjnego)',
    );

    await page.goto(`${server.url}/disputes/${disputeId}/letters/delay-notice`);
    await page.getByRole('heading', { level: 1, name: 'Zawiadomienie o nierozpatrzeniu wniosku w terminie' }).waitFor();
    const delay = await page.getByRole('article').innerText();
    expect(delay).toContain('Potrzebna jest opinia Rady Gminy o budżecie na soboty.');
    expect(delay).toContain('Zgodnie z art. 244 Kodeksu postępowania administracyjnego wniosek zostanie rozpatrzony');
    expect(delay).not.toMatch(/ponagl/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
