import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../schema/envelope.js';
import { seedScenarios } from '../support/scenario-seed.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

/**
 * Each role's main page on the office's demo cases, in Chromium at 1280 px: accessible, Polish, nothing from
 * elsewhere. With SCREENSHOTS=1 the pictures are written to docs/screenshots (the README shows them); otherwise to
 * a temporary folder. It also prints what the first page costs to load and how long a cold case page takes.
 */
const outDir = process.env.SCREENSHOTS
  ? resolve(import.meta.dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'dispute-ledger-screens-'));

const users: Record<Exclude<Role, 'MEDIATOR'>, WebUser> = {
  CLERK: { userId: 'u-clerk', name: 'Anna Nowak', role: 'CLERK', password: 'Hasło urzędniczki 2026' },
  SUPERVISOR: { userId: 'u-supervisor', name: 'Ewa Wójcik', role: 'SUPERVISOR', password: 'Hasło kierowniczki 2026' },
  OMBUDSMAN: { userId: 'u-ombudsman', name: 'Olga Rzecka', role: 'OMBUDSMAN', password: 'Hasło rzeczniczki 2026' },
  ADMIN: { userId: 'u-admin', name: 'Adam Nowicki', role: 'ADMIN', password: 'Hasło administratora 2026' },
};
const homes: [keyof typeof users, string][] = [
  ['CLERK', '/cases'],
  ['SUPERVISOR', '/dashboard'],
  ['OMBUDSMAN', '/equal-treatment'],
  ['ADMIN', '/admin/users'],
];

describe.skipIf(!chromiumPath)('each role’s main page, as the office sees it', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer();
    mkdirSync(outDir, { recursive: true });
    ids = await seedScenarios(server);
    for (const user of Object.values(users)) await createUser(server, user);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(homes)('%s lands on %s: accessible, in Polish, nothing fetched from elsewhere', async (role, path) => {
    const { page, context, outside, consoleErrors } = await signIn(browser, server, users[role]);
    await page.waitForURL((url) => url.pathname === path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(outDir, `${role.toLowerCase()}.png`), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // No English code word in what the page says (statuses, channels, outcomes are words).
    expect(await page.locator('main').innerText()).not.toMatch(
      /\b(UPHELD|NOT_UPHELD|PARTLY_UPHELD|LETTER|IN_PERSON|EPUAP|IN_MEDIATION|ACKNOWLEDGED|RECEIVED)\b/,
    );
    await context.close();
  });

  it('the case page a clerk opens: the whole timeline, in Polish, and what a cold start costs', async () => {
    const signedIn = await signIn(browser, server, users.CLERK);
    const state = await signedIn.context.storageState();
    await signedIn.context.close();

    // Cold: a fresh browser context (empty cache) with only the session cookie.
    const context = await browser.newContext({
      storageState: state,
      locale: 'pl-PL',
      timezoneId: 'Europe/Warsaw',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const scripts: Buffer[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.body());
    });
    const started = Date.now();
    await page.goto(`${server.url}/disputes/${ids['delay-benefit']}`);
    await page.getByRole('heading', { name: 'Przebieg sprawy' }).waitFor();
    const coldMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const gzipped = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0);
    const raw = scripts.reduce((sum, body) => sum + body.length, 0);
    console.log(
      `Case page, cold start in Chromium: ${coldMs} ms to its timeline; JavaScript loaded: ${(raw / 1024).toFixed(0)} kB (${(gzipped / 1024).toFixed(0)} kB gzipped) in ${scripts.length} files.`,
    );
    await page.screenshot({ path: join(outDir, 'case-page.png'), fullPage: true });
    expect(await page.locator('main').innerText()).toContain('Jan Kowalski');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('the first page (sign-in) loads only what it needs', async () => {
    const context = await browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    const scripts: Buffer[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.body());
    });
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('button', { name: 'Zaloguj się' }).waitFor();
    await page.waitForLoadState('networkidle');
    const gzipped = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0);
    console.log(`First page (sign-in): ${scripts.length} script file(s), ${(gzipped / 1024).toFixed(0)} kB gzipped.`);
    await page.screenshot({ path: join(outDir, 'sign-in.png') });
    expect(scripts.length).toBeGreaterThan(0);
    await context.close();
  });
});
