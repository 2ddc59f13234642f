import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const admin: WebUser = { userId: 'admin.gorska', name: 'Bożena Górska', role: 'ADMIN', password: 'Klucz-do-urzędu-2026' };
const newClerk: WebUser = { userId: 'anna.zdzblo', name: 'Anna Źdźbło', role: 'CLERK', password: 'Pierwsze-hasło-Źdźbło' };
const caseClerk: WebUser = { userId: 'marek.zajac', name: 'Marek Zając', role: 'CLERK', password: 'Sprawy-bieżące-2026' };
const leaving: WebUser = { userId: 'piotr.lesniak', name: 'Piotr Leśniak', role: 'CLERK', password: 'Ostatni-dzień-2026' };

/**
 * Issue 9, the administrator: creates a clerk's account (who then signs in), changes a role, disables a user (whose
 * session ends), and erases a person after a confirmation that says what cannot be undone (the clerk's case page
 * then shows the person as erased).
 */
describe.skipIf(!chromiumPath)('the administrator’s screens in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let outside: string[];
  let consoleErrors: string[];

  const usersTable = () => page.getByRole('table', { name: 'Użytkownicy i role' });
  const rowOf = (userId: string) =>
    usersTable()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: userId, exact: true }) });

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await createUser(server, admin);
    await createUser(server, leaving);
    await createUser(server, caseClerk);
    ({ page, outside, consoleErrors } = await signIn(browser, server, admin));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a clerk’s account, with which the clerk signs in, then changes its role', async () => {
    await page.waitForURL('**/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Użytkownicy i role' }).waitFor();
    expect(await rowOf(leaving.userId).innerText()).toMatch(/Piotr Leśniak\s+urzędnik\s+aktywne/);
    expect(await accessibilityViolations(page)).toEqual([]);

    const create = page.getByRole('region', { name: 'Nowe konto' });
    await create.getByLabel('Identyfikator').fill(newClerk.userId);
    await create.getByLabel('Imię i nazwisko').fill(newClerk.name);
    await create.getByLabel('Rola').selectOption({ label: 'urzędnik' });
    await create.getByLabel('Hasło początkowe').fill(newClerk.password);
    await create.getByRole('button', { name: 'Utwórz konto' }).click();
    await create.getByRole('status').getByText(`Utworzono konto ${newClerk.userId}.`).waitFor();
    await expect.poll(() => rowOf(newClerk.userId).count()).toBe(1);
    expect(await rowOf(newClerk.userId).innerText()).toMatch(/Anna Źdźbło\s+urzędnik\s+aktywne\s+nigdy/);

    const clerk = await signIn(browser, server, newClerk);
    await clerk.page.getByText('Zalogowano: Anna Źdźbło (urzędnik)').waitFor();
    await clerk.context.close();

    await rowOf(newClerk.userId).getByRole('button', { name: 'Zmień konto: Anna Źdźbło' }).click();
    const edit = page.getByRole('region', { name: 'Zapisz zmiany' });
    await edit.getByLabel('Rola').selectOption({ label: 'przełożony' });
    await edit.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => rowOf(newClerk.userId).innerText()).toMatch(/Anna Źdźbło\s+przełożony/);
    expect(await accessibilityViolations(page)).toEqual([]);
    const users = await server.gql(`{ users { userId role } }`, {}, 'ADMIN');
    expect(users.data!.users).toContainEqual({ userId: newClerk.userId, role: 'SUPERVISOR' });
  }, 120_000);

  it('disables a user: they can no longer work, their open session ends', async () => {
    const victim = await signIn(browser, server, leaving);
    await victim.page.getByText('Zalogowano: Piotr Leśniak (urzędnik)').waitFor();

    await rowOf(leaving.userId).getByRole('button', { name: 'Zmień konto: Piotr Leśniak' }).click();
    const edit = page.getByRole('region', { name: 'Zapisz zmiany' });
    await edit.getByRole('checkbox', { name: /Konto zablokowane/ }).check();
    await edit.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => rowOf(leaving.userId).innerText()).toMatch(/Piotr Leśniak\s+urzędnik\s+zablokowane/);

    await victim.page.reload();
    await victim.page.waitForURL((url) => url.pathname === '/sign-in');
    await victim.context.close();
  }, 120_000);

  it('erases a person only after the confirmation that says what cannot be undone', async () => {
    const received = await server.gql(
      RECEIVE,
      { input: complaintInput({ complainant: { name: 'Grażyna Żak', address: 'ul. Wąska 7, 31-001 Kraków' } }) },
      'CLERK',
    );
    const disputeId = received.data!.receiveComplaint.disputeId as string;

    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Usunięcie danych osoby' }).click();
    await page.getByRole('heading', { level: 1, name: 'Usunięcie danych osoby (art. 17 RODO)' }).waitFor();
    await page.getByLabel('Identyfikator sprawy').fill(disputeId);
    await page.getByRole('button', { name: 'Pokaż osoby w tej sprawie' }).click();
    await page.getByRole('button', { name: 'Wybierz: Grażyna Żak' }).click();
    const erase = page.getByRole('region', { name: 'Usuń dane osoby na zawsze' });
    await erase.getByLabel('Podstawa i znak żądania').fill('art. 17 ust. 1 lit. a RODO, wniosek z 2.12.2026');

    // What cannot be undone, in plain Polish, before anything happens.
    const warning = await erase.getByRole('note').innerText();
    expect(warning).toContain('Tego nie da się cofnąć');
    expect(warning).toContain('staną się nieczytelne wszędzie i na zawsze');
    expect(warning).toContain('W statystykach zostaną tylko liczby');
    expect(await accessibilityViolations(page)).toEqual([]);

    await erase.getByRole('button', { name: 'Usuń dane osoby na zawsze' }).click();
    await erase.getByRole('alert').getByText('Wpisz dokładnie słowo USUWAM.').waitFor();
    expect(
      (await server.gql(`query($id: ID!) { dispute(id: $id) { complainantErasedAt } }`, { id: disputeId }, 'CLERK')).data!.dispute
        .complainantErasedAt,
    ).toBeNull();

    await erase.getByLabel('Aby potwierdzić, wpisz słowo USUWAM').fill('USUWAM');
    await erase.getByRole('button', { name: 'Usuń dane osoby na zawsze' }).click();
    await erase
      .getByRole('status')
      .getByText(/^Dane osoby usunięto \d/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const after = await server.gql(
      `query($id: ID!) { dispute(id: $id) { complainant { name } complainantErasedAt } }`,
      { id: disputeId },
      'CLERK',
    );
    expect(after.data!.dispute).toEqual({ complainant: null, complainantErasedAt: expect.any(String) });
    // The clerk's case page shows the person as erased, and their name nowhere.
    const clerk = await signIn(browser, server, caseClerk);
    await clerk.page.goto(`${server.url}/disputes/${disputeId}`);
    await clerk.page.getByText('dane usunięte na wniosek (RODO)').first().waitFor();
    expect(await clerk.page.locator('main').innerText()).not.toContain('Grażyna Żak');
    expect(clerk.outside).toEqual([]);
    await clerk.context.close();
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
