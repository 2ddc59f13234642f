import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { APPOINT, CONSENT, listEntry, MEDIATIONS, PROPOSE } from '../support/mediation-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { accessibilityViolations, chromiumPath, createUser, launchBrowser, signIn, type WebUser } from './support/browser.js';

const mediator: WebUser = { userId: 'zbigniew.medrzecki', name: 'Zbigniew Mędrzecki', role: 'MEDIATOR', password: 'Łagodna-zgoda-2026' };
const other: WebUser = { userId: 'halina.rozjemca', name: 'Halina Rozjemca', role: 'MEDIATOR', password: 'Inna-mediacja-2026' };
const clerk: WebUser = { userId: 'ewa.wojcik', name: 'Ewa Wójcik', role: 'CLERK', password: 'Okienko-nr-3-2026' };

/** A Warsaw wall-clock value for a datetime-local input, `hoursAgo` before now (what a person would type). */
function warsawLocal(hoursAgo: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Warsaw',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(Date.now() - hoursAgo * 3_600_000))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * Issue 9, mediation in a browser: the clerk proposes it on the case page, records both consents and appoints the
 * mediator; the mediator signs in, sees only their own mediation, schedules and records a session, files the protocol
 * with signatures and ends the mediation with an agreement, in Polish, every page passing axe, nothing fetched outside.
 */
describe.skipIf(!chromiumPath)('the mediator’s screens in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let disputeId: string;
  let mine: string;

  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input }, 'CLERK');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };
  const mediation = async (reason: string, parties: { partyId: string; name: string; role: string }[], appointed: WebUser) => {
    const { mediationId } = await ok(PROPOSE, { disputeId, reason, parties });
    for (const { partyId } of parties) await ok(CONSENT, { mediationId, partyId, consent: true });
    await ok(APPOINT, { mediationId, mediatorUserId: appointed.userId, mediatorName: appointed.name, listEntry });
    return mediationId;
  };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await createUser(server, mediator);
    await createUser(server, other);
    await createUser(server, clerk);
    ({ disputeId } = await ok(
      RECEIVE,
      complaintInput({ complainant: { name: 'Maria Wiśniewska', address: 'ul. Źródlana 5, 90-001 Łódź' } }),
    ));
    await mediation(
      'Spór sąsiedzki o hałas',
      [
        { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' },
        { partyId: 'p-sasiad', name: 'Jan Nowicki', role: 'OTHER' },
      ],
      other,
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the clerk proposes the mediation on the case page, records both consents and appoints the mediator', async () => {
    const { page, outside, consoleErrors, context } = await signIn(browser, server, clerk);
    await page.goto(`${server.url}/disputes/${disputeId}`);
    const panel = page.getByRole('region', { name: 'Mediacja', exact: true });
    const propose = panel.getByRole('region', { name: 'Zaproponuj mediację' });
    await propose.getByLabel('Powód mediacji').fill('Konflikt przy okienku nr 3');
    // The complainant is there already, by name; the office's representative is typed.
    expect(await propose.getByLabel('Imię i nazwisko albo nazwa strony 1').inputValue()).toBe('Maria Wiśniewska');
    await propose.getByLabel('Imię i nazwisko albo nazwa strony 2').fill('Kierownik Biura Obsługi Mieszkańców');
    await propose.getByRole('button', { name: 'Zaproponuj mediację' }).click();
    for (const name of ['Maria Wiśniewska', 'Kierownik Biura Obsługi Mieszkańców']) {
      const consent = panel.getByRole('region', { name: `Odpowiedź strony: ${name}` });
      await consent.getByRole('radio', { name: 'zgoda na mediację' }).check();
      await consent.getByRole('button', { name: 'Zapisz odpowiedź' }).click();
      await consent.waitFor({ state: 'detached' });
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    const appoint = panel.getByRole('region', { name: 'Wyznacz mediatora' });
    await appoint.getByLabel('Identyfikator użytkownika mediatora').fill(mediator.userId);
    await appoint.getByLabel('Imię i nazwisko mediatora').fill(mediator.name);
    // KPA art. 96f § 2: the office is a party, so a mediator from no list is refused, explained at the list's field.
    await appoint.getByLabel('Lista, z której pochodzi mediator').selectOption({ label: '— mediator spoza listy —' });
    await appoint.getByRole('button', { name: 'Wyznacz mediatora' }).click();
    await appoint
      .getByRole('alert')
      .getByText('Urząd jest stroną mediacji, więc mediator musi pochodzić z listy (art. 96f § 2 KPA)')
      .waitFor();
    expect(await appoint.getByLabel('Lista, z której pochodzi mediator').getAttribute('aria-invalid')).toBe('true');
    await appoint
      .getByLabel('Lista, z której pochodzi mediator')
      .selectOption({ label: 'lista stałych mediatorów prezesa sądu okręgowego' });
    await appoint.getByLabel('Kto prowadzi listę').fill('Prezes Sądu Okręgowego w Łodzi');
    await appoint.getByLabel('Numer wpisu mediatora na liście').fill('poz. 23');
    await appoint.getByRole('button', { name: 'Wyznacz mediatora' }).click();
    await panel.getByText('Zbigniew Mędrzecki').first().waitFor();
    expect(await panel.innerText()).toContain(
      'lista stałych mediatorów prezesa sądu okręgowego, prowadzi: Prezes Sądu Okręgowego w Łodzi, wpis: poz. 23',
    );
    expect(await panel.innerText()).toMatch(/Stan\s+w toku/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
    const { data } = await server.gql(MEDIATIONS, { id: disputeId }, 'CLERK');
    mine = data!.dispute.mediations.find((m: { reason: string }) => m.reason === 'Konflikt przy okienku nr 3').id;
  }, 120_000);

  it('lists only their own mediation, and takes it from a session to the protocol and an agreement', async () => {
    const { page, outside, consoleErrors } = await signIn(browser, server, mediator);
    await page.waitForURL('**/mediations');
    await page.getByRole('heading', { level: 1, name: 'Moje mediacje' }).waitFor();
    const rows = page.getByRole('table', { name: 'Moje mediacje' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    const listed = await page.getByRole('table', { name: 'Moje mediacje' }).innerText();
    expect(listed).toContain('Konflikt przy okienku nr 3');
    expect(listed).toContain('Maria Wiśniewska, Kierownik Biura Obsługi Mieszkańców');
    expect(listed).toContain('w toku');
    for (const secret of ['Spór sąsiedzki', 'Jan Nowicki']) expect(listed).not.toContain(secret);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Konflikt przy okienku nr 3' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mediacja: Konflikt przy okienku nr 3' }).waitFor();
    expect(await page.getByRole('table', { name: 'Strony' }).innerText()).toMatch(/Maria Wiśniewska\s+skarżący\s+wyraziła zgodę/);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Live: the office extends the mediation meanwhile, and the open page shows it without a reload.
    const extended = await server.gql(
      `mutation($input: ExtendMediationInput!) { extendMediation(input: $input) { revision } }`,
      { input: { mediationId: mine, reason: 'Strony zgodnie proszą o więcej czasu.', jointRequest: true } },
      'CLERK',
    );
    expect(extended.errors).toBeUndefined();
    await page.getByText('(przedłużona)').waitFor();

    // Schedule a session that began two hours ago (so it can be recorded as held), in Warsaw time.
    const schedule = page.getByRole('region', { name: 'Zaplanuj posiedzenie' });
    await schedule.getByLabel('Termin', { exact: true }).fill(warsawLocal(2));
    await schedule.getByLabel('Miejsce').fill('Sala 12 na II piętrze');
    await schedule.getByRole('button', { name: 'Zaplanuj posiedzenie' }).click();
    const sessions = page.getByRole('table', { name: 'Posiedzenia' });
    await expect.poll(() => sessions.innerText()).toContain('Sala 12 na II piętrze');
    expect(await sessions.innerText()).toContain('zaplanowane');

    const record = page.getByRole('region', { name: /^Zapisz przebieg posiedzenia z / });
    await record.getByRole('checkbox', { name: 'Kierownik Biura Obsługi Mieszkańców' }).check();
    await record.getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect.poll(() => sessions.innerText()).toMatch(/odbyło się .*; obecni: Maria Wiśniewska, Kierownik Biura Obsługi Mieszkańców/);
    expect(await accessibilityViolations(page)).toEqual([]);

    // An agreement before the protocol is refused by the rule, explained in Polish at the field it concerns.
    const end = page.getByRole('region', { name: 'Zakończ mediację' });
    await end.getByLabel('Wynik mediacji').selectOption({ label: 'zawarto ugodę' });
    await end.getByRole('button', { name: 'Zakończ mediację' }).click();
    await end
      .getByRole('alert')
      .getByText('Porozumienie zapisuje protokół mediatora z ustaleniami (art. 96m, 96n KPA): najpierw złóż protokół.')
      .waitFor();
    expect(await end.getByLabel('Wynik mediacji').getAttribute('aria-invalid')).toBe('true');

    const protocol = page.getByRole('region', { name: 'Złóż protokół' });
    await protocol.getByLabel('Ustalenia').fill('Przeprosiny pracownicy okienka nr 3\nSprawa zostanie załatwiona do końca miesiąca');
    await protocol.getByLabel('Miejsce przeprowadzenia mediacji').fill('Łódź');
    await protocol.getByLabel('Adres mediatora').fill('ul. Piotrkowska 100, 90-001 Łódź');
    await protocol.getByLabel('Protokół podpisałem (podpisałam) jako mediator.').check();
    await protocol.getByRole('button', { name: 'Złóż protokół' }).click();
    await page.getByText('Przeprosiny pracownicy okienka nr 3').waitFor();
    const filed = await page.locator('dl').last().innerText();
    expect(filed).toMatch(/Podpisali\s+Maria Wiśniewska, Kierownik Biura Obsługi Mieszkańców/);

    await end.getByLabel('Wynik mediacji').selectOption({ label: 'zawarto ugodę' });
    await end.getByRole('button', { name: 'Zakończ mediację' }).click();
    await page.getByText('zakończona: zawarto ugodę').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // KPA art. 96m § 3: the protocol is delivered to each participant, recorded one by one, also after the end.
    const delivery = page.getByRole('region', { name: 'Zapisz doręczenie protokołu' });
    await delivery.getByLabel('Uczestnik, któremu doręczono protokół').selectOption({ label: 'Maria Wiśniewska' });
    await delivery.getByLabel('Sposób doręczenia').selectOption({ label: 'wręczono podczas mediacji' });
    await delivery.getByLabel('Dzień doręczenia').fill(warsawLocal(0));
    await delivery.getByRole('button', { name: 'Zapisz doręczenie' }).click();
    await page.getByText(/Maria Wiśniewska: wręczono podczas mediacji, /).waitFor();
    expect(await delivery.getByLabel('Uczestnik, któremu doręczono protokół').innerText()).not.toContain('Maria Wiśniewska');
    expect(await accessibilityViolations(page)).toEqual([]);

    // What the screens did is what the API recorded.
    const { data } = await server.gql(MEDIATIONS, { id: disputeId }, 'CLERK');
    const recorded = data!.dispute.mediations.find((m: { id: string }) => m.id === mine);
    expect(recorded).toMatchObject({
      status: 'ENDED',
      result: 'AGREEMENT',
      parties: [
        { name: 'Maria Wiśniewska', role: 'COMPLAINANT', consent: true },
        { name: 'Kierownik Biura Obsługi Mieszkańców', role: 'OFFICE', consent: true },
      ],
      mediator: { userId: mediator.userId, name: mediator.name },
      sessions: [{ place: 'Sala 12 na II piętrze', attendees: ['strona-1', 'strona-2'], cancelled: false }],
      protocol: {
        arrangements: ['Przeprosiny pracownicy okienka nr 3', 'Sprawa zostanie załatwiona do końca miesiąca'],
        participants: ['strona-1', 'strona-2'],
        signedBy: ['strona-1', 'strona-2'],
      },
    });
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('a mediation that is not theirs reads as not found, exactly like an unknown id', async () => {
    const { page, consoleErrors } = await signIn(browser, server, other);
    await page.goto(`${server.url}/mediations/${mine}`);
    await page.getByText('Nie znaleziono takiej mediacji wśród Twoich mediacji.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Konflikt przy okienku');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 30_000);
});
