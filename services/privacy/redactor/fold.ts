const base: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

/**
 * Lower case without Polish diacritics, one letter for one, so an offset in the folded text is the same offset in the
 * original: "Szczepańczyk", "SZCZEPANCZYK" and "szczepanczyk" fold alike.
 */
export const fold = (text: string) => text.toLocaleLowerCase('pl').replace(/[ąćęłńóśźż]/g, (c) => base[c]!);
