import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

// The machine may be busy: what a person would wait a few seconds for gets that long, not expect.poll's one second.
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });

const clerk: WebUser = { userId: 'u-anna', name: 'Anna Żółkiewska', role: 'CLERK', password: 'hasło-urzędniczki-2026' };
const supervisor: WebUser = { userId: 'u-maria', name: 'Maria Zając', role: 'SUPERVISOR', password: 'hasło-przełożonej-2026' };
const reviewer: WebUser = { userId: 'u-rpo', name: 'Tadeusz Rzecznik', role: 'OMBUDSMAN', password: 'hasło-rzecznika-2026' };

async function axeClean(page: Page, name: string) {
  const violations = await accessibilityViolations(page);
  console.log(`axe ${name}: ${violations.length} serious/critical violations`);
  expect(violations, name).toEqual([]);
}

const timelineItems = (page: Page) => page.getByRole('list', { name: 'Przebieg sprawy' }).getByRole('listitem').allInnerTexts();

describe.skipIf(!chromiumPath)(
  'the case page: as it stood on a past moment, live for a second reader, pseudonymised for the ombudsman',
  () => {
    let server: TestServer;
    let browser: Browser;
    let disputeId: string;
    // Recorded in November 2026 at the moments below, then the clock runs on as the real one.
    let fixed: Date | null = null;

    beforeAll(async () => {
      server = await startTestServer({ clock: () => fixed ?? new Date() });
      const asClerk = { token: await server.token('CLERK', clerk.userId, clerk.name) };
      const ok = async (query: string, input: Record<string, unknown>) => {
        const res = await server.gql(query, { input }, asClerk);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        return Object.values(res.data!)[0] as { disputeId: string };
      };
      fixed = new Date('2026-11-16T09:00:00+01:00');
      disputeId = (
        await ok(`mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { disputeId } }`, {
          channel: 'LETTER',
          category: 'obsługa interesanta',
          description: 'Jan Kowalski skarży się, że przy okienku nr 3 nikt nie udzielił mu informacji o zasiłku.',
          complainant: { name: 'Jan Kowalski', address: 'ul. Lipowa 12/4, 15-424 Białystok' },
          concernedUnit: 'Wydział Świadczeń Społecznych',
        })
      ).disputeId;
      fixed = new Date('2026-11-17T10:00:00+01:00');
      await ok(`mutation($input: DisputeCommandInput!) { acknowledgeComplaint(input: $input) { revision } }`, { disputeId });
      fixed = new Date('2026-11-18T11:30:00+01:00');
      await ok(`mutation($input: RecordExplanationInput!) { recordExplanation(input: $input) { revision } }`, {
        disputeId,
        channel: 'PHONE',
        explanation: 'Wyjaśniono, że informacji udziela Wydział Świadczeń w pokoju 14.',
        reasons: 'Okienko nr 3 przyjmuje tylko wnioski.',
      });
      fixed = null;
      for (const user of [clerk, supervisor, reviewer]) await createUser(server, user);
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 60_000);

    it('"as it stood on" shows what dispute(id, asOf) answers for that moment, marked as the past, without forms', async () => {
      const { page, context, outside, consoleErrors } = await signIn(browser, server, clerk);
      await page.goto(`${server.url}/disputes/${disputeId}`);
      await page.getByRole('heading', { level: 2, name: 'Czynności' }).waitFor();

      await page.getByLabel('Data i godzina (czas warszawski)').fill('2026-11-17T12:00');
      await page.getByRole('button', { name: 'Pokaż stan z tej chwili' }).click();
      await page.getByText('Widok archiwalny: sprawa taka, jaka była 17.11.2026, 12:00. Czynności są ukryte.').waitFor();
      expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-11-17T12:00:00+01:00');

      const api = await server.gql<{ dispute: { status: string; timeline: { summary: string }[] } }>(
        `query($id: ID!, $asOf: DateTime) { dispute(id: $id, asOf: $asOf) { status timeline { summary } } }`,
        { id: disputeId, asOf: '2026-11-17T12:00:00+01:00' },
        { token: await server.token('CLERK', clerk.userId, clerk.name) },
      );
      const past = api.data!.dispute;
      expect(past.status).toBe('ACKNOWLEDGED');
      await page.getByLabel('od najstarszych').check();
      const shown = await timelineItems(page);
      expect(shown).toHaveLength(past.timeline.length);
      past.timeline.forEach((step, i) => expect(shown[i]).toContain(step.summary));
      expect(shown.join('\n')).not.toContain('Wyjaśniono, że informacji udziela');
      expect(await page.getByRole('region', { name: 'Najważniejsze informacje' }).innerText()).toMatch(/Stan\s+potwierdzona/);
      expect(await page.getByRole('heading', { name: 'Czynności' }).count()).toBe(0);
      await axeClean(page, 'strona sprawy (widok archiwalny)');

      await page.getByRole('link', { name: 'Wróć do stanu bieżącego' }).click();
      await page.getByRole('heading', { level: 2, name: 'Czynności' }).waitFor();
      expect(await timelineItems(page)).toHaveLength(past.timeline.length + 1);
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    }, 200_000);

    it('a second reader sees a new step arrive live; a form sent from the stale page gets CONFLICT, explained in Polish', async () => {
      const watcher = await signIn(browser, server, clerk);
      await watcher.page.goto(`${server.url}/disputes/${disputeId}`);
      await watcher.page.getByRole('heading', { level: 2, name: 'Czynności' }).waitFor();
      // The clerk starts an explanation while the supervisor assigns the case on their own page.
      await watcher.page.getByLabel('Wybierz czynność').selectOption({ label: 'Zapisz wyjaśnienie' });
      await watcher.page.getByLabel('Sposób kontaktu').selectOption({ label: 'listownie' });
      await watcher.page.getByLabel('Wyjaśnienie', { exact: true }).fill('Przeproszono za brak informacji przy okienku.');
      await watcher.page.getByLabel('Uzasadnienie', { exact: true }).fill('Pracownica okienka nr 3 skierowała wnoszącego do pokoju 14.');

      const boss = await signIn(browser, server, supervisor);
      await boss.page.goto(`${server.url}/disputes/${disputeId}`);
      await boss.page.getByLabel('Wybierz czynność').selectOption({ label: 'Przydziel sprawę' });
      await boss.page.getByLabel('Identyfikator użytkownika prowadzącego').fill(clerk.userId);
      await boss.page.getByLabel('Imię i nazwisko prowadzącego').fill(clerk.name);
      await boss.page.getByRole('button', { name: 'Przydziel', exact: true }).click();
      await boss.page.getByText('Zapisano: Przydziel sprawę.').waitFor();
      await axeClean(boss.page, 'strona sprawy (przełożony)');

      // Live: the step reaches the clerk's open page without a reload, newest first.
      await poll(async () => (await timelineItems(watcher.page))[0]).toContain('Przydzielono: Anna Żółkiewska.');
      await watcher.page.getByText('Sprawa zmieniła się od wczytania strony.').waitFor();

      // The clerk's form still carries the revision they read: refused, nothing recorded, said in Polish.
      await watcher.page.getByRole('button', { name: 'Zapisz wyjaśnienie' }).click();
      const conflict = 'Ktoś inny zmienił tę sprawę, gdy wypełniałeś formularz; nic nie zapisano.';
      await watcher.page.getByRole('alert').getByText(conflict, { exact: false }).waitFor();
      expect(await watcher.page.getByRole('region', { name: 'Wyjaśnienia' }).innerText()).not.toContain('Przeproszono');

      // Reloaded, the same form goes through.
      await watcher.page.getByRole('form', { name: 'Zapisz wyjaśnienie' }).getByRole('button', { name: 'Wczytaj sprawę ponownie' }).click();
      await poll(() => watcher.page.getByRole('region', { name: 'Najważniejsze informacje' }).innerText()).toMatch(
        /Prowadzi\s+Anna Żółkiewska/,
      );
      await watcher.page.getByRole('button', { name: 'Zapisz wyjaśnienie' }).click();
      await watcher.page.getByText('Zapisano: Zapisz wyjaśnienie.').waitFor();
      // The region is refetched after the answer arrives: wait for it as a person would.
      await poll(() => watcher.page.getByRole('region', { name: 'Wyjaśnienia' }).innerText()).toContain(
        'Przeproszono za brak informacji przy okienku.',
      );
      // …and reaches the supervisor's page live in turn.
      await poll(async () => (await timelineItems(boss.page))[0]).toContain(
        'Wyjaśnienie (listownie): Przeproszono za brak informacji przy okienku.',
      );

      for (const session of [watcher, boss]) {
        expect(session.outside).toEqual([]);
        expect(session.consoleErrors).toEqual([]);
        await session.context.close();
      }
    }, 240_000);

    it('an ombudsman reviewer reads the case pseudonymised: no name, no address, no forms', async () => {
      const { page, context, outside, consoleErrors } = await signIn(browser, server, reviewer);
      await page.goto(`${server.url}/disputes/${disputeId}`);
      const facts = page.getByRole('region', { name: 'Najważniejsze informacje' });
      await facts.waitFor();
      expect(await facts.innerText()).toMatch(/Wnoszący\s+Osoba-[0-9A-F]{6} \(pseudonim\)/);
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('Kowalski');
      expect(text).not.toContain('Lipowa');
      expect(text).toMatch(/Osoba-[0-9A-F]{6} skarży się/);
      expect(await page.getByRole('heading', { name: 'Czynności' }).count()).toBe(0);
      expect(await page.getByLabel('Wybierz czynność').count()).toBe(0);
      // The only form left is the "as it stood on" picker.
      expect(await page.getByRole('form').count()).toBe(1);
      expect(await page.getByRole('form', { name: 'Stan sprawy na dzień' }).count()).toBe(1);
      await axeClean(page, 'strona sprawy (rzecznik)');
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    }, 150_000);
  },
);
