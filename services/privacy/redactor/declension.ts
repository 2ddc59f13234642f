/**
 * The forms a Polish name or street name takes in running text, by rule rather than by a list per name: the stem
 * (the base without its final vowel, or the whole base after a consonant, also without a fleeting "e": Marek →
 * Marka, Paweł → Pawła, Zdzisiek → Zdziśka), the endings of the seven cases and the plural, and the consonant
 * changes before -e (Marta → Marcie, Agnieszka → Agnieszce, Jadwiga → Jadwidze, Piotr → Piotrze, Magda → Magdzie).
 * Everything is folded (lower case, no diacritics), as the text it is compared with. The endings are generous: a few
 * forms no one writes cost nothing, a form that is missed shows the person.
 */

/** After a consonant: Nowak, Nowaka, Nowakowi, Nowakiem, Nowaku, Nowakowie, Nowaków; Zdziś, Zdzisia, Zdzisiu. */
const consonantEndings = [
  '',
  'a',
  'u',
  'owi',
  'em',
  'iem',
  'e',
  'ie',
  'owie',
  'ow',
  'om',
  'ami',
  'ach',
  'y',
  'i',
  'ia',
  'iu',
  'iowi',
  'io',
  'owa',
  'owej',
  'owna',
  'ownej',
];
/** After a stem whose base ended in a vowel: Anna, Anny, Annie, Annę, Anną, Anno; Maria, Marii; Kuba, Kubie; Tajna, Tajnej. */
const vowelEndings = ['a', 'y', 'i', 'ii', 'e', 'ie', 'o', 'u', 'ej', 'iej', 'om', 'ami', 'ach', 'ow', 'owi', 'em', 'iem'];
/** Adjectival: Kowalski, Kowalskiego, Kowalskiemu, Kowalskim, Kowalska, Kowalskiej, Kowalską; Jerzy, Jerzego. */
const adjectiveEndings = ['i', 'y', 'iego', 'ego', 'iemu', 'emu', 'im', 'ym', 'ich', 'ych', 'imi', 'ymi', 'a', 'iej', 'ej', 'ie', 'e'];

/** Consonant changes before the -e of the dative and locative: the stem's end and what it becomes. */
const softened: readonly [string, string][] = [
  ['st', 'scie'],
  ['sl', 'sle'],
  ['zl', 'zle'],
  ['ch', 'sze'],
  ['k', 'ce'],
  ['g', 'dze'],
  ['t', 'cie'],
  ['d', 'dzie'],
  ['r', 'rze'],
];

const isVowel = (c: string | undefined) => c !== undefined && 'aeiouy'.includes(c);

/** Plural of -ski/-cki/-dzki: Kowalscy, Mędrzeccy, Gorodzcy. */
function adjectivePlural(stem: string): string[] {
  return /(sk|ck|dzk)$/.test(stem) ? [`${stem.slice(0, -1)}cy`] : [];
}

/** The stem with each consonant change before -e applied. */
function softenedForms(stem: string): string[] {
  const change = softened.find(([end]) => stem.endsWith(end));
  return change ? [stem.slice(0, -change[0].length) + change[1]] : [];
}

/** The stem without a fleeting e (Marek → Mark, Paweł → Pawł, Zdzisiek → Zdzisk, Wróbel → Wróbl). */
function withoutFleetingE(word: string): string | null {
  const match = /^(.{2,}?)i?e([klcnwrz])$/.exec(word);
  return match ? match[1]! + match[2]! : null;
}

/** Every form of one folded word (three letters or more) that names the same person or street. */
export function declinedForms(word: string): Set<string> {
  const forms = new Set<string>([word]);
  const add = (stem: string, endings: readonly string[]) => endings.forEach((e) => forms.add(stem + e));
  const last = word.at(-1);
  if (/(sk|ck|dzk)[ia]$/.test(word) || /[^aeiouy][iy]$/.test(word)) {
    // Kowalski/Kowalska both name the family; Jerzy, Antoni decline like adjectives too.
    const stem = word.slice(0, -1);
    add(stem, adjectiveEndings);
    adjectivePlural(stem).forEach((f) => forms.add(f));
    if (last === 'a') add(stem, vowelEndings);
  } else if (isVowel(last)) {
    const stem = word.slice(0, -1);
    add(stem, vowelEndings);
    softenedForms(stem).forEach((f) => forms.add(f));
    // Kasia → Kasi, Kasię: a soft stem ends in i, and the bare stem is a form of its own.
    if (stem.endsWith('i')) forms.add(stem);
    if (last === 'e') add(word, ['go', 'mu', 'm']);
  } else {
    add(word, consonantEndings);
    softenedForms(word).forEach((f) => forms.add(f));
    const fleeting = withoutFleetingE(word);
    if (fleeting)
      add(
        fleeting,
        consonantEndings.filter((e) => e !== ''),
      );
  }
  return new Set([...forms].filter((f) => f.length >= 3));
}
