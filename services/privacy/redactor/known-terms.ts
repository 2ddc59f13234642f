import type { PersonData } from '../personal-data-vault.js';
import { declinedForms } from './declension.js';
import { diminutives } from './diminutives.js';
import { fold } from './fold.js';

/** A person the case knows, opened server-side, and the pseudonym that stands for them in the text. */
export interface KnownPerson {
  pseudonym: string;
  person: PersonData;
}

/** What one folded word of the text may be the start of: a name (the word alone) or a street (the word and the rest). */
export interface WordTerm {
  pseudonym: string;
  kind: 'name' | 'street';
  /** For a street of several words: its other words, matched sticky on the folded text right after the first. */
  rest: RegExp | null;
}

/** The known persons' data, indexed so each word, number or address of the text is looked up once. */
export interface KnownTerms {
  words: Map<string, WordTerm[]>;
  /** National phone numbers (nine digits) → pseudonym. */
  phones: Map<string, string>;
  /** Folded e-mail addresses → pseudonym. */
  emails: Map<string, string>;
  /** Postal codes as five digits → pseudonym. */
  postalCodes: Map<string, string>;
}

/** Street, avenue, square, estate: the words that open a Polish address, in any case. */
export const streetPrefix = String.raw`(?:ul|ulica|ulicy|ulicą|ulicę|al|aleja|alei|aleje|alejach|alejami|pl|plac|placu|placem|os|osiedle|osiedlu|osiedla)\.?`;

/** A phone number as its nine national digits: without +48 / 0048 / 48 or a trunk zero. */
export function nationalDigits(digits: string): string {
  if (digits.length === 11 && digits.startsWith('48')) return digits.slice(2);
  if (digits.length === 13 && digits.startsWith('0048')) return digits.slice(4);
  if (digits.length === 10 && digits.startsWith('0')) return digits.slice(1);
  return digits;
}

/** The street of an address as its folded words: "ul. Tajna 7, 00-001 Warszawa" → ["tajna"]. */
export function streetWords(address: string): string[] {
  const street = fold(address.split(',')[0]!)
    .replace(new RegExp(`^\\s*${fold(streetPrefix)}\\s+`, 'u'), '')
    .replace(/\s+\d+[a-z]?(?:\s*\/\s*\d+[a-z]?)?(?:\s*(?:m|lok|mieszk)\.?\s*\d+)?\s*$/u, '');
  return street.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function memoised<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (word: string) =>
  (word.length >= 3 && /^\p{L}+$/u.test(word) ? [...declinedForms(word)] : [word]).map(escape).join('|');

export function knownTerms(known: readonly KnownPerson[]): KnownTerms {
  const terms: KnownTerms = { words: new Map(), phones: new Map(), emails: new Map(), postalCodes: new Map() };
  // Many persons share a first name: its forms, with its diminutives', are made once.
  const formsOf = memoised(declinedForms);
  const nameFormsOf = memoised((part: string) => [...new Set([part, ...(diminutives[part] ?? [])].flatMap((base) => [...formsOf(base)]))]);
  const addWord = (form: string, term: WordTerm) => {
    const list = terms.words.get(form);
    if (list) list.push(term);
    else terms.words.set(form, [term]);
  };
  for (const { pseudonym, person } of known) {
    const forms = new Set<string>();
    for (const part of fold(person.name).match(/\p{L}+/gu) ?? []) {
      if (part.length < 3) continue;
      for (const form of nameFormsOf(part)) forms.add(form);
    }
    const name: WordTerm = { pseudonym, kind: 'name', rest: null };
    for (const form of forms) addWord(form, name);
    if (person.email) terms.emails.set(fold(person.email.trim()), pseudonym);
    if (person.phone) {
      const digits = person.phone.replace(/\D/g, '');
      if (digits.length >= 9) terms.phones.set(nationalDigits(digits), pseudonym);
    }
    if (person.address) {
      for (const code of person.address.match(/\d{2}-\d{3}/g) ?? []) terms.postalCodes.set(code.replace('-', ''), pseudonym);
      const words = streetWords(person.address);
      const first = words.findIndex((w) => w.length >= 3 && /^\p{L}+$/u.test(w));
      if (first >= 0) {
        const following = words.slice(first + 1);
        const rest = following.length
          ? new RegExp(following.map((w) => `\\s+(?:${alternatives(w)})(?![\\p{L}\\p{N}])`).join(''), 'uy')
          : null;
        const street: WordTerm = { pseudonym, kind: 'street', rest };
        for (const form of formsOf(words[first]!)) addWord(form, street);
      }
    }
  }
  return terms;
}
