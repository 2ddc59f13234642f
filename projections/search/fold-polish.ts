/**
 * Folds Polish letters to their base letters for searching. SQLite's unicode61 tokenizer (remove_diacritics 2)
 * already strips the diacritics that Unicode decomposes (ą ć ę ń ó ś ź ż); ł has no decomposition, so it is
 * folded here, one letter for one, which keeps every token where the tokenizer finds it in the original text.
 */
export const foldPolish = (text: string) => text.replace(/ł/g, 'l').replace(/Ł/g, 'L');

/** The words of a search as the index holds them: folded, lower-case, without diacritics. */
export function searchTerms(text: string): string[] {
  const folded = foldPolish(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}
