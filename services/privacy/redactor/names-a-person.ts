import { diminutives } from './diminutives.js';
import { fold } from './fold.js';

const firstNames = new Set(Object.keys(diminutives));

/**
 * Whether a short text looks like it names a person: a frequent Polish first name followed by a capitalised word
 * ("Jan Nowicki, sąsiad"), rather than an office ("Wydział Podatków"). For fields that say who was asked or answered,
 * where the person is often one the case does not know, whom the redactor cannot find.
 */
export function namesAPerson(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.some((w, i) => firstNames.has(fold(w)) && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
}
