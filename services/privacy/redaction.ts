import type { PersonData } from './personal-data-vault.js';

/** A person the case knows, opened server-side, and the pseudonym that stands for them in the text. */
export interface KnownPerson {
  pseudonym: string;
  person: PersonData;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const vowels = /[aeiouyąę]$/i;
/** Polish nouns decline: "Kowalski", "Kowalskiego", "Kowalskiemu"; "Maria", "Marii", "Marią". */
const inflections = '\\p{L}{0,4}';
const edges = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;

/**
 * Replaces, in free text staff typed, the names, e-mail addresses, phone numbers and addresses of the persons the
 * case knows with their pseudonyms. Each part of a name of three letters or more is matched with its Polish
 * endings (a final vowel dropped, up to four letters added): that catches "Kowalskiego" and "Marii", and may also
 * hide an ordinary word that happens to start like a name, which is the safer mistake. Names of people the case
 * does not know cannot be recognised in free text.
 */
export function createRedactor(known: readonly KnownPerson[]): (text: string) => string {
  // Whole names, e-mails and addresses first, longest first, so "Zofia Wiśniewska" is one person even beside a
  // known "Maria Wiśniewska"; then the parts of names, for the text that declines or shortens them.
  const literals = known
    .flatMap(({ pseudonym, person }) => [person.email, person.phone, person.address, person.name].filter((v): v is string => !!v && v.trim().length >= 3).map((l) => ({ l: l.trim(), pseudonym })))
    .sort((a, b) => b.l.length - a.l.length)
    .map(({ l, pseudonym }) => ({ pattern: new RegExp(escape(l), 'giu'), pseudonym }));
  const tokens = known.flatMap(({ pseudonym, person }) =>
    person.name
      .split(/[\s\-]+/u)
      .filter((t) => t.length >= 3)
      .map((t) => {
        const stem = t.length >= 4 && vowels.test(t) ? t.slice(0, -1) : t;
        return { pattern: new RegExp(edges(`${escape(stem)}${inflections}`), 'giu'), pseudonym };
      }),
  );
  return (text) => [...literals, ...tokens].reduce((out, { pattern, pseudonym }) => out.replace(pattern, pseudonym), text);
}
