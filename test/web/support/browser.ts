import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '../../../schema/envelope.js';
import type { TestServer } from '../../support/test-server.js';

export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);
if (!chromiumPath)
  console.warn('Skipping the web app in a browser: no chromium binary (install it with `apt-get install chromium`, or set CHROMIUM_PATH).');

/** Headless Debian Chromium as the probe of this machine starts it: no background traffic to the closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WebUser {
  userId: string;
  name: string;
  role: Role;
  password: string;
  language?: 'PL' | 'EN';
}

/** An account made the way an administrator makes one: through the API's createUser, as ADMIN. */
export async function createUser(server: TestServer, user: WebUser): Promise<void> {
  const res = await server.gql(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { userId } }`,
    { input: { userId: user.userId, name: user.name, role: user.role, password: user.password, language: user.language ?? 'PL' } },
    'ADMIN',
  );
  expect(res.errors, `createUser ${user.userId}`).toBeUndefined();
}

/**
 * A fresh browser context signed in through the sign-in form, as a person would: every request, external
 * ones included, is recorded, so a test can say nothing left the server's origin.
 */
export async function signIn(
  browser: Browser,
  server: TestServer,
  user: WebUser,
): Promise<{ context: BrowserContext; page: Page; outside: string[]; consoleErrors: string[] }> {
  const context = await browser.newContext({
    locale: user.language === 'EN' ? 'en-GB' : 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (
      !['data:', 'blob:'].includes(url.protocol) &&
      url.origin !== origin &&
      !(url.protocol.startsWith('ws') && url.host === new URL(origin).host)
    )
      outside.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel(/Identyfikator użytkownika|User id/).fill(user.userId);
  await page.getByLabel(/^(Hasło|Password)$/).fill(user.password);
  await page.getByRole('button', { name: /Zaloguj się|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return { context, page, outside, consoleErrors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA rules on the page as it stands; the serious and critical violations, described. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  // A string, not a function: the test is compiled without the DOM's types, and this runs in the page.
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
