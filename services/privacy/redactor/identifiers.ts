/** Check digits of Polish identifiers: a number that passes is taken for one even without its label. */

const digitsOf = (s: string) => [...s].map(Number);
const weighted = (digits: number[], weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);

/** PESEL: the last digit completes 1-3-7-9 weights to a multiple of ten. */
export function isPesel(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const digits = digitsOf(d);
  return (10 - (weighted(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === digits[10];
}

/** NIP: weights 6-5-7-2-3-4-5-6-7 modulo 11; a remainder of 10 makes no NIP. Tax office codes start at 1. */
export function isNip(d: string): boolean {
  if (!/^[1-9]\d{9}$/.test(d)) return false;
  const digits = digitsOf(d);
  const check = weighted(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === digits[9];
}

/** REGON of 9 or 14 digits: weights modulo 11, a remainder of 10 counting as 0. */
export function isRegon(d: string): boolean {
  const weights = d.length === 9 ? [8, 9, 2, 3, 4, 5, 6, 7] : d.length === 14 ? [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] : null;
  if (!weights || !/^\d+$/.test(d)) return false;
  const digits = digitsOf(d);
  return (weighted(digits, weights) % 11) % 10 === digits[d.length - 1];
}
