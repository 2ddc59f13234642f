import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../services/privacy/redaction.js';

const redact = createRedactor([
  { pseudonym: 'Osoba-AAAAAA', person: { name: 'Maria Wiśniewska', email: 'm.wisniewska@example.org', phone: '+48 600 100 200', address: 'ul. Lipowa 12/4, Białystok' } },
  { pseudonym: 'Osoba-BBBBBB', person: { name: 'Jan Kowalski' } },
]);

describe('redacting the persons a case knows from free text', () => {
  it('replaces names with their Polish endings, e-mails, phones and addresses', () => {
    expect(redact('Rozmowa z Marią Wiśniewską i Janem Kowalskim; pismo do Kowalskiego.')).toBe(
      'Rozmowa z Osoba-AAAAAA Osoba-AAAAAA i Osoba-BBBBBB Osoba-BBBBBB; pismo do Osoba-BBBBBB.',
    );
    expect(redact('Kontakt: m.wisniewska@example.org, +48 600 100 200, ul. Lipowa 12/4, Białystok')).toBe('Kontakt: Osoba-AAAAAA, Osoba-AAAAAA, Osoba-AAAAAA');
  });

  it('leaves words that merely contain a name, and everything else, alone', () => {
    expect(redact('Janowiec, marzec, Kowalewski: decyzja z 3 marca.')).toBe('Janowiec, marzec, Kowalewski: decyzja z 3 marca.');
  });
});
