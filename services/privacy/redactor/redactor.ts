import { fold } from './fold.js';
import { isNip, isPesel, isRegon } from './identifiers.js';
import { type KnownPerson, type KnownTerms, knownTerms, nationalDigits, streetPrefix } from './known-terms.js';
import { houseNumber, personalDataPattern, town } from './patterns.js';

export type Category = 'name' | 'address' | 'phone' | 'email' | 'pesel' | 'nip' | 'regon' | 'idCard' | 'passport' | 'account';

/** What stands for personal data of no person the case knows. */
export const placeholders: Record<Exclude<Category, 'name'>, string> = {
  address: '[adres]',
  phone: '[telefon]',
  email: '[e-mail]',
  pesel: '[PESEL]',
  nip: '[NIP]',
  regon: '[REGON]',
  idCard: '[dowód osobisty]',
  passport: '[paszport]',
  account: '[konto]',
};

/** A stretch of the text that is personal data, and what to write instead. */
export interface Span {
  start: number;
  end: number;
  category: Category;
  replacement: string;
  /** A name several known persons bear ("Jan"): their pseudonyms, the word beside it telling which is meant. */
  among?: readonly string[];
}

export interface Redactor {
  /** The text with every span replaced. */
  redact(text: string): string;
  /** Where the personal data is, in order, adjacent spans of one person merged. */
  spans(text: string): Span[];
}

/** The label just before a number ("PESEL: ", "nr tel. ", "NIP "), folded. */
const numberLabel =
  /(pesel|nip|regon|iban|nrb|konta|konto|rachunku|rachunek|tel|telefon|telefonu|telefonem|kom|komorka|komorki|komorkowy|fax|faks)[^\p{L}\p{N}]*(?:nr\.?[^\p{L}\p{N}]*)?$/u;
const amountAfter = /^\s*(?:zł|zl|pln|złotych|zlotych|eur|euro|gr|groszy|%|tys|mln|usd)(?![\p{L}])|^,\d/iu;
const prefixBefore = new RegExp(`(?<![\\p{L}])${fold(streetPrefix)}\\s*$`, 'u');
const houseAfter = new RegExp(String.raw`\s+${houseNumber}(?![\p{L}\p{N}])`, 'uy');
const codeAfter = new RegExp(String.raw`,?\s*\d{2}-\d{3}(?![\p{N}])(?:\s+${town})?`, 'uy');
/** Capitalised words after "na" that are rooms and sittings, not streets ("na Sali 12"). */
const notStreets = new Set([
  'sala',
  'sali',
  'sale',
  'salę',
  'sesji',
  'sesja',
  'komisji',
  'posiedzeniu',
  'stronie',
  'str',
  'pozycji',
  'punkcie',
]);

/** Which identifier a number is, by its label, its check digits and its length; null when it is none. */
function classifyNumber(
  raw: string,
  label: string | undefined,
): Exclude<Category, 'name' | 'address' | 'email' | 'idCard' | 'passport'> | null {
  const digits = raw.replace(/\D/g, '');
  const international = /^\s*(?:\+\s?48|0048|\()/.test(raw) && /^[1-9]\d{8}$/.test(nationalDigits(digits));
  const phoneLabel = label !== undefined && /^(tel|kom|fax|faks)/.test(label);
  if (digits.length === 26 || (digits.length === 28 && raw.startsWith('PL'))) return 'account';
  if (label === 'pesel' && digits.length === 11) return 'pesel';
  if (label === 'nip' && digits.length === 10) return 'nip';
  if (label === 'regon' && (digits.length === 9 || digits.length === 14)) return 'regon';
  if (international || phoneLabel) return nationalDigits(digits).length === 9 ? 'phone' : null;
  if (isPesel(digits)) return 'pesel';
  if (isNip(digits)) return 'nip';
  if (digits.length === 14 && isRegon(digits)) return 'regon';
  const national = nationalDigits(digits);
  return national.length === 9 && national[0] !== '0' ? 'phone' : null;
}

/**
 * Finds, in one pass over the text, every form of the known persons' data (names declined, without diacritics, in
 * any case, alone or with diminutives; streets declined, with or without number; postal codes; phone numbers in every
 * usual format; e-mails also written with "(at)") and personal data of anyone (PESEL, NIP, REGON, ID card and passport
 * numbers, account numbers, phone numbers, e-mails, postal addresses). Known data becomes the person's pseudonym,
 * the rest a typed placeholder ("[PESEL]"). Names of persons the case does not know are not found: nothing tells them
 * from the names of staff acting in office, which stay.
 */
export function createRedactor(known: readonly KnownPerson[]): Redactor {
  const terms = knownTerms(known);
  const spans = (text: string) => merge(findSpans(text, terms), text);
  return {
    spans,
    redact(text) {
      let out = '';
      let at = 0;
      for (const s of spans(text)) {
        out += text.slice(at, s.start) + s.replacement;
        at = s.end;
      }
      return out + text.slice(at);
    },
  };
}

/** Compiled once: `findSpans` runs it from the start of each text, synchronously, so one instance serves every call. */
const { pattern, kinds } = personalDataPattern();
const known = (map: Map<string, string>, key: string, category: Exclude<Category, 'name'>) => map.get(key) ?? placeholders[category];

function findSpans(text: string, terms: KnownTerms): Span[] {
  const folded = fold(text);
  const found: Span[] = [];
  const span = (category: Category, replacement: string, start: number, end: number) => found.push({ start, end, category, replacement });
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let k = 0;
    while (m[kinds[k]![1]] === undefined) k++;
    const [kind, group] = kinds[k]!;
    switch (kind) {
      case 'email': {
        const address = folded
          .slice(start, end)
          .replace(/\s*[([{<]?\s*(?:at|malpa)\s*[)\]}>]?\s*|\s*@\s*/u, '@')
          .replace(/\s*[([{<]?\s*(?:dot|kropka)\s*[)\]}>]?\s*/gu, '.');
        span('email', known(terms.emails, address, 'email'), start, end);
        break;
      }
      case 'address':
      case 'addressBeforeCode': {
        const words =
          folded
            .slice(start, end)
            .replace(new RegExp(`^${fold(streetPrefix)}\\s*`, 'u'), '')
            .match(/\p{L}+/gu) ?? [];
        const person = words.flatMap((w) => terms.words.get(w) ?? []).find((t) => t.kind === 'street')?.pseudonym;
        const code = /\d{2}-\d{3}/.exec(m[0])?.[0].replace('-', '');
        span('address', person ?? (code && terms.postalCodes.get(code)) ?? placeholders.address, start, end);
        break;
      }
      case 'afterPreposition': {
        const [from, to] = [end - m[group + 1]!.length, end];
        const first = folded.slice(from, to).match(/\p{L}+/u)![0];
        if (notStreets.has(first)) break;
        const person = (terms.words.get(first) ?? []).find((t) => t.kind === 'street')?.pseudonym;
        span('address', person ?? placeholders.address, from, to);
        break;
      }
      case 'postalCode': {
        span('address', known(terms.postalCodes, m[0].slice(0, 6).replace('-', ''), 'address'), start, end);
        break;
      }
      case 'iban':
        span('account', placeholders.account, start, end);
        break;
      case 'document': {
        const letters = m[0].match(/[A-Za-z]+/)![0];
        const labelled = /(dowod|dowodu|dowodem|dowodzie|paszport|paszportu|paszportem|seria|serii|nr)[^\p{L}\p{N}]*$/u.test(
          folded.slice(Math.max(0, start - 30), start),
        );
        if (letters === letters.toUpperCase() || labelled)
          span(letters.length === 3 ? 'idCard' : 'passport', placeholders[letters.length === 3 ? 'idCard' : 'passport'], start, end);
        break;
      }
      case 'number': {
        if (amountAfter.test(text.slice(end, end + 12))) break;
        const label = numberLabel.exec(folded.slice(Math.max(0, start - 24), start))?.[1];
        const category = classifyNumber(m[0], label);
        if (category === 'phone') span('phone', known(terms.phones, nationalDigits(m[0].replace(/\D/g, '')), 'phone'), start, end);
        else if (category) span(category, placeholders[category], start, end);
        break;
      }
      case 'word': {
        const candidates = terms.words.get(folded.slice(start, end));
        if (!candidates) break;
        const street = candidates.find(
          (t) => t.kind === 'street' && (/\p{Lu}/u.test(text[start]!) || prefixBefore.test(folded.slice(Math.max(0, start - 12), start))),
        );
        let to = end;
        if (street && street.rest) {
          street.rest.lastIndex = end;
          to = street.rest.test(folded) ? street.rest.lastIndex : -1;
        }
        if (street && to >= 0) {
          for (const after of [houseAfter, codeAfter]) {
            after.lastIndex = to;
            if (after.test(text)) to = after.lastIndex;
          }
          const prefix = prefixBefore.exec(folded.slice(Math.max(0, start - 12), start));
          span('address', street.pseudonym, prefix ? start - prefix[0].length : start, to);
          pattern.lastIndex = to;
          break;
        }
        const names = candidates.filter((t) => t.kind === 'name').map((t) => t.pseudonym);
        if (names.length > 0)
          found.push({ start, end, category: 'name', replacement: names[0]!, ...(names.length > 1 && { among: names }) });
        break;
      }
    }
  }
  return found;
}

/** Spans of one person side by side ("Zdzisław Szczepańczyk") become one pseudonym; overlapping spans one span. */
function merge(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  const sorted = spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const beside = (a: Span | undefined, b: Span) => a !== undefined && a.category === 'name' && /^[\s-]*$/u.test(text.slice(a.end, b.start));
  sorted.forEach((s, i) => {
    if (!s.among) return;
    const next = sorted[i + 1];
    const neighbour = [beside(sorted[i - 1], s) ? sorted[i - 1] : undefined, next && beside(s, next) ? next : undefined].find(
      (n) => n && !n.among,
    );
    if (neighbour && s.among.includes(neighbour.replacement)) s.replacement = neighbour.replacement;
  });
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else if (last && last.replacement === s.replacement && /^[\s-]*$/u.test(text.slice(last.end, s.start))) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}
