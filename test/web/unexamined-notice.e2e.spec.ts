import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const clerk: WebUser = { userId: 'u-żaneta', name: 'Żaneta Kołodziej', role: 'CLERK', password: 'pismo-o-brakach-2026' };
const day = 86_400_000;
const polishDate = (iso: string) =>
  `${new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))} r.`;

/**
 * Issue 12, § 8 ust. 2 of the 2002 regulation: a complaint left unexamined because the summons was not complied with
 * within 7 days of its delivery is notified to the complainant (KPA art. 237 § 3) by a printable notice quoting the
 * summons, built like the other letters: its facts from the public API (`Dispute.leftUnexamined`), the page in the web app.
 */
describe.skipIf(!chromiumPath)('the notice of a complaint left unexamined', () => {
  let server: TestServer;
  let browser: Browser;
  let disputeId: string;
  /** The server's clock: three weeks back while the summons runs its course, then now again for the browser. */
  let now: Date | null = new Date(Date.now() - 21 * day);
  const sentAt = now!.toISOString();
  const deliveredAt = new Date(Date.now() - 19 * day).toISOString();

  const ok = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
    const res = await server.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { disputeId } }`, { input }, 'CLERK');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data![mutation] as { disputeId: string };
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now ?? new Date(), env: { OFFICE_NAME: 'Urząd Gminy Łącko' } });
    browser = await launchBrowser();
    const receipt = await server.gql(RECEIVE, {
      input: complaintInput({ complainant: { name: 'Józef Ślęzak', address: 'ul. Źródlana 5/2, 33-390 Łącko' } }),
    });
    disputeId = receipt.data!.receiveComplaint.disputeId;
    await ok('requestSupplement', 'RequestSupplementInput', { disputeId, whatIsMissing: 'Numer decyzji, której dotyczy skarga.' });
    now = new Date(deliveredAt);
    await ok('recordSummonsDelivery', 'RecordSummonsDeliveryInput', { disputeId, how: 'DELIVERED', deliveredAt });
    now = null;
    await ok('leaveUnexamined', 'LeaveUnexaminedInput', {
      disputeId,
      reason: 'NOT_SUPPLEMENTED',
      explanation: 'Skarżący nie wskazał numeru decyzji w terminie 7 dni od doręczenia wezwania.',
    });
    await createUser(server, clerk);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the API gives the letter its facts, and the case page prints the notice quoting the summons', async () => {
    const facts = await server.gql(`query($id: ID!) { dispute(id: $id) { leftUnexamined { reason explanation at } } }`, { id: disputeId });
    expect(facts.data!.dispute.leftUnexamined).toEqual({
      reason: 'NOT_SUPPLEMENTED',
      explanation: 'Skarżący nie wskazał numeru decyzji w terminie 7 dni od doręczenia wezwania.',
      at: expect.any(String),
    });

    const { page, outside, consoleErrors } = await signIn(browser, server, clerk);
    await page.goto(`${server.url}/disputes/${disputeId}`);
    await page.getByRole('link', { name: 'Zawiadomienie o pozostawieniu bez rozpoznania (do druku)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zawiadomienie o pozostawieniu skargi bez rozpoznania' }).waitFor();
    const text = await page.getByRole('article').innerText();
    expect(text).toContain('Urząd Gminy Łącko');
    expect(text).toContain('Józef Ślęzak\nul. Źródlana 5/2, 33-390 Łącko');
    expect(text).toContain('Na podstawie § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r.');
    expect(text).toContain('została pozostawiona bez rozpoznania.');
    expect(text).toContain(
      `Wezwanie do wyjaśnienia lub uzupełnienia skargi z dnia ${polishDate(sentAt)}, doręczone w dniu ${polishDate(deliveredAt)}`,
    );
    expect(text).toMatch(/Czego dotyczyło wezwanie\s+Numer decyzji, której dotyczy skarga\./);
    expect(text).toMatch(/Uzasadnienie\s+Skarżący nie wskazał numeru decyzji/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|NOT_SUPPLEMENTED/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Wersja angielska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notice that your complaint was left unexamined' }).waitFor();
    expect(await page.getByRole('article').innerText()).toContain('has been left unexamined.');
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
