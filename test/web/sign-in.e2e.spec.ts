import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const clerk: WebUser = { userId: 'a.nowak', name: 'Anna Nowak-Żółkiewska', role: 'CLERK', password: 'Źdźbło trawy 2026!' };

describe.skipIf(!chromiumPath)('signing in to the web app, in a real browser', { timeout: 60_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await createUser(server, clerk);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers a form password managers understand, in Polish, accessible, with nothing loaded from elsewhere', async () => {
    const context = await browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && outside.push(r.url()));
    await page.goto(`${server.url}/disputes/123`);
    // Not signed in: the sign-in page, remembering where the person was going.
    await page.waitForURL(/\/sign-in\?next=%2Fdisputes%2F123/);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Logowanie');
    expect(await page.getByLabel('Identyfikator użytkownika').getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Hasło').getAttribute('autocomplete')).toBe('current-password');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('says a wrong password in Polish, in an alert, without saying whether the user exists', async () => {
    const context = await browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    for (const userId of [clerk.userId, 'nikt-taki']) {
      await page.getByLabel('Identyfikator użytkownika').fill(userId);
      await page.getByLabel('Hasło').fill('niepoprawne hasło');
      await page.getByRole('button', { name: 'Zaloguj się' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toBe('Nieprawidłowy identyfikator lub hasło.');
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('after five wrong passwords for one user id, says in Polish when the next attempt may be made', async () => {
    const context = await browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Identyfikator użytkownika').fill('zgadujący-łukasz');
      await page.getByLabel('Hasło').fill(`zgadywanie ${attempt}`);
      // Each answer awaited: the same text again would not tell the next answer apart.
      const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Zaloguj się' }).click();
      await answered;
      await expect.poll(() => page.getByRole('alert').textContent()).toBe('Nieprawidłowy identyfikator lub hasło.');
    }
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^Zbyt wiele nieudanych prób logowania\. Kolejną próbę można podjąć po \d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}\.$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('signs in with the keyboard alone, keeps the session in an httpOnly cookie, and signs out', async () => {
    const context = await browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Identyfikator użytkownika').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('userId');
    await page.keyboard.type(clerk.userId);
    await page.keyboard.press('Tab');
    await page.keyboard.type(clerk.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await expect.poll(() => page.getByText(`Zalogowano: ${clerk.name} (urzędnik)`).count()).toBe(1);
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'dl_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // Scripts never see the session.
    expect(await page.evaluate('document.cookie')).not.toContain('dl_session');

    await page.getByRole('button', { name: 'Wyloguj' }).click();
    await page.waitForURL(/\/sign-in/);
    const me = await page.evaluate(
      `fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { userId } }' }) }).then((r) => r.json())`,
    );
    expect(me).toEqual({ data: { me: null } });
    await context.close();
  });

  it('speaks English to a user who chose it, with English plural forms', async () => {
    const { page, context, outside, consoleErrors } = await signIn(browser, server, clerk);
    await page.getByLabel('Język').selectOption('EN');
    await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // Kept in the account: a new session starts in English.
    await context.close();
    const again = await signIn(browser, server, clerk);
    await expect.poll(() => again.page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await again.context.close();
  });
});
