import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const clerk: WebUser = { userId: 'u-bożena', name: 'Bożena Źrebiec', role: 'CLERK', password: 'skargi-według-właściwości-2026' };

/**
 * Issue 12, KPA art. 227, 229, 231: the clerk classifies a complaint with its subject and competent body, forwarding
 * then follows the body recorded, and the printed notice of the forwarding carries the data information (RODO art. 13–14).
 */
describe.skipIf(!chromiumPath)('classifying and forwarding a complaint in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let disputeId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { OFFICE_NAME: 'Urząd Miasta Białegostoku' } });
    browser = await launchBrowser();
    await createUser(server, clerk);
    const res = await server.gql(
      RECEIVE,
      {
        input: complaintInput({
          category: 'drogi',
          description: 'Dziura w jezdni drogi wojewódzkiej nr 678 od pół roku nie jest naprawiana.',
          complainant: { name: 'Żaneta Łęcka', address: 'ul. Świętojańska 3, 15-082 Białystok' },
        }),
      },
      'CLERK',
    );
    expect(res.errors).toBeUndefined();
    disputeId = res.data!.receiveComplaint.disputeId;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records the subject and the competent body, forwards only there, and prints the notice with the data information', async () => {
    const { page, outside, consoleErrors } = await signIn(browser, server, clerk);
    await page.goto(`${server.url}/disputes/${disputeId}`);
    await page.getByRole('heading', { level: 2, name: 'Czynności' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Przebieg sprawy' });

    await page.getByLabel('Wybierz czynność').selectOption({ label: 'Zakwalifikuj skargę' });
    await page.getByLabel('Rodzaj').selectOption({ label: 'skarga' });
    await page.getByLabel('Kategoria').fill('drogi wojewódzkie');
    await page.getByRole('checkbox', { name: 'zaniedbanie zadań' }).check();
    await page.getByRole('checkbox', { name: 'przewlekłe załatwianie spraw' }).check();
    await page.getByLabel('Organ właściwy (art. 229 KPA)').selectOption({ label: 'inny organ (podaj jego nazwę)' });
    await page.getByLabel('Nazwa organu właściwego (gdy to inny organ)').fill('Zarząd Województwa Podlaskiego');
    await page.getByLabel('Podstawa właściwości').fill('art. 229 pkt 2 KPA');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zapisz kwalifikację' }).click();
    await expect
      .poll(() => timeline.innerText(), { timeout: 20_000 })
      .toContain(
        'Przedmiot skargi (art. 227 KPA): zaniedbanie zadań, przewlekłe załatwianie spraw. Organ właściwy (art. 229 KPA): Zarząd Województwa Podlaskiego (art. 229 pkt 2 KPA).',
      );

    const forward = async (toBody: string) => {
      await page.getByLabel('Wybierz czynność').selectOption({ label: 'Przekaż skargę albo wskaż organ właściwy (art. 231–232 KPA)' });
      await page.getByLabel('Sposób').selectOption({ label: 'przekazanie organowi właściwemu (art. 231 KPA)' });
      await page.getByLabel('Organ właściwy', { exact: true }).fill(toBody);
      await page.getByLabel('Przyczyna').fill('Drogami wojewódzkimi zarządza samorząd województwa.');
      await page.getByLabel('Zawiadomienie dla wnoszącego').fill(`Skargę przekazano: ${toBody}.`);
      await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    };
    await forward('Wojewoda Podlaski');
    await page.getByRole('alert').getByText('Według kwalifikacji właściwy jest inny organ niż wskazany (art. 229 KPA)').waitFor();
    expect(await page.getByLabel('Organ właściwy', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Organ właściwy', { exact: true }).fill('Zarząd Województwa Podlaskiego');
    await page.getByLabel('Zawiadomienie dla wnoszącego').fill('Skargę przekazano Zarządowi Województwa Podlaskiego.');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await expect
      .poll(() => timeline.innerText(), { timeout: 20_000 })
      .toContain('Przekazano skargę organowi właściwemu (art. 231 KPA): Zarząd Województwa Podlaskiego.');

    await page.getByRole('link', { name: 'Zawiadomienie o przekazaniu skargi (do druku)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zawiadomienie o przekazaniu skargi według właściwości' }).waitFor();
    const letter = await page.getByRole('article').innerText();
    expect(letter).toContain('została przekazana do rozpatrzenia organowi właściwemu: Zarząd Województwa Podlaskiego.');
    expect(letter).toContain('Skargę przekazano Zarządowi Województwa Podlaskiego.');
    expect(letter).toMatch(
      /Informacja o przetwarzaniu danych osobowych\s+Informacja o przetwarzaniu danych osobowych \(art\. 13 i 14 RODO\): przekazanie skargi oznacza udostępnienie organowi: Zarząd Województwa Podlaskiego/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
