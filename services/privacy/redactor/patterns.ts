import { streetPrefix } from './known-terms.js';

/**
 * The shapes of personal data in Polish text, as regular-expression sources combined into one pattern, so the text is
 * read once from left to right. Case is spelt out where it matters ("Ul.", "(AT)") instead of the `i` flag, under which
 * `\p{Lu}` would match small letters too and a street could no longer be told by its capital.
 */

/** Either case of every letter: "ul" → "[uU][lL]". */
const anyCase = (source: string) => source.replace(/\p{L}/gu, (c) => `[${c}${c.toLocaleUpperCase('pl')}]`);

/**
 * Letters as explicit ranges (Latin with its extensions, Greek, Cyrillic) rather than `\p{L}`: a pattern this size
 * with Unicode properties stays in V8's regexp interpreter and reads text some fifty times slower.
 */
const letter = 'A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ';
const upper = 'A-ZÀ-ÖØ-ÞĄĆČĎĘĚĹĽŁŃŇŐŔŘŚŠŤŮŰŹŻŽЀ-Я';
const lower = 'a-zß-öø-ÿąćčďęěĺľłńňőŕřśšťůűźżžа-џ';
/** `source` with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` spelt out as ranges, in and outside brackets. */
const spelt = (source: string) =>
  source
    .replace(/\[(.*?[^\\])\]/g, (cls) =>
      cls.replaceAll('\\p{Lu}', upper).replaceAll('\\p{Ll}', lower).replaceAll('\\p{L}', letter).replaceAll('\\p{N}', '0-9'),
    )
    .replaceAll('\\p{Lu}', `[${upper}]`)
    .replaceAll('\\p{Ll}', `[${lower}]`)
    .replaceAll('\\p{L}', `[${letter}]`)
    .replaceAll('\\p{N}', '[0-9]');

const start = String.raw`(?<![\p{L}\p{N}])`;
const end = String.raw`(?![\p{L}\p{N}])`;

const at = String.raw`(?:\s*@\s*|\s*[(\[{<]\s*${anyCase('(?:at|małpa|malpa)')}\s*[)\]}>]\s*|\s+${anyCase('(?:at|małpa|malpa)')}\s+)`;
const dot = String.raw`(?:\.|\s*[(\[{<]\s*${anyCase('(?:dot|kropka)')}\s*[)\]}>]\s*|\s+${anyCase('(?:dot|kropka)')}\s+)`;
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
/** "jan.kowalski@example.pl", also written "jan.kowalski(at)example.pl", "[at]", " at ", "małpa", "(dot)", " kropka ", also dictated: "jan kropka kowalski małpa example kropka pl". */
const spokenDot = String.raw`(?:\s*[(\[{<]\s*${anyCase('(?:dot|kropka)')}\s*[)\]}>]\s*|\s+${anyCase('(?:dot|kropka)')}\s+)`;
const local = String.raw`[\p{L}\p{N}][\p{L}\p{N}._%+\-]*`;
const email = String.raw`${start}${local}(?:${spokenDot}${local})*${at}${label}(?:${dot}${label})*${dot}\p{L}{2,12}${end}`;

const title = `${anyCase('(?:gen|ks|św|sw|marsz|prof|dr|kard|bp|abp|płk|mjr|hetm|im)')}\\.?`;
const streetPart = String.raw`(?:\p{Lu}[\p{L}\-]*\.?|${title}|\d{1,2}(?=\s+\p{Lu})|[IVX]{1,4}${end})`;
const street = String.raw`${streetPart}(?:\s+${streetPart}){0,4}`;
export const houseNumber = String.raw`\d{1,4}[a-zA-Z]?(?:\s?[\/\-]\s?\d{1,4}[a-zA-Z]?)?(?:\s*(?:m|lok|mieszk)\.?\s*\d{1,4})?`;
export const town = String.raw`\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?`;
const code = String.raw`\d{2}-\d{3}`;
/** "ul. Tajna 7", "al. Jana Pawła II 12/4", "os. Tysiąclecia 5 m. 12", with a postal code and town after it or not. */
const address = String.raw`${start}${anyCase(streetPrefix)}\s*${street}\s+${houseNumber}${end}(?:,?\s*${code}(?:\s+${town})?)?`;
/** "Tajna 7, 00-001 Warszawa": a street without its prefix, known by the postal code after it. */
const addressBeforeCode = String.raw`${start}\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}\s+${houseNumber},?\s+${code}(?![\p{N}])(?:\s+${town})?`;
/** "mieszkam przy Tajnej 7", "na Lipowej 12/4": the street (not the preposition, so it ends the match) is the address. */
const afterPreposition = String.raw`${start}(?:przy|na|Przy|Na)\s+(?<street>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+${houseNumber}${end}(?:,?\s*${code}(?![\p{N}])(?:\s+${town})?)?)`;
const postalCode = String.raw`${start}${code}(?![\p{N}]|[\-–]\d)(?:\s+${town})?`;
const iban = String.raw`${start}PL\s?\d{2}(?:[ \u00a0]?\d{4}){6}${end}`;
/** ID card (ABC123456) or passport (EA1234567): classified by the letters' count and case. */
const document = String.raw`${start}(?:[A-Za-z]{3}\s?\d{6}|[A-Za-z]{2}\s?\d{7})${end}`;
const country = String.raw`(?:(?:\+|00)\s?48|\(\s?(?:\+|00)?\s?48\s?\))[\s\-]?`;
const area = String.raw`\(\s?0?\d{2,3}\s?\)[\s\-]?`;
/** Digits in groups, with a country code or an area code in brackets: phones, PESEL, NIP, REGON, account numbers. */
const number = String.raw`(?<![\p{L}\p{N}.,\/\-+])(?:${country})?(?:${area})?\d+(?:[ \u00a0\-]\d+)*${end}`;
const word = String.raw`\p{L}+`;

const kinds = { email, address, iban, document, addressBeforeCode, afterPreposition, postalCode, number, word } as const;
export type PatternKind = keyof typeof kinds;

/** Capturing groups a source opens: "(" not escaped, not in a character class, not "(?". */
function groupsIn(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') count++;
  }
  return count;
}

/**
 * One pattern, each kind a numbered group, first listed winning where two could start at one place; and which group
 * holds which kind. Numbered, not named: a match then builds no `groups` object, which in a text of many words counts.
 * `afterPreposition` captures its street in the group after its own.
 */
export function personalDataPattern(): { pattern: RegExp; kinds: readonly [PatternKind, number][] } {
  let group = 1;
  const at: [PatternKind, number][] = [];
  const sources = Object.entries(kinds).map(([kind, source]) => {
    const plain = spelt(source).replace(/\(\?<(?![=!])\w+>/g, '(');
    at.push([kind as PatternKind, group]);
    group += 1 + groupsIn(plain);
    return `(${plain})`;
  });
  return { pattern: new RegExp(sources.join('|'), 'gu'), kinds: at };
}
