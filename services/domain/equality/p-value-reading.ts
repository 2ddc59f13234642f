/** The conventional threshold; the reading says "unlikely to be chance" below it. */
export const significanceLevel = 0.05;

export interface PValueReading {
  /** Polish, the default language of the report. */
  pl: string;
  en: string;
}

/**
 * A sentence for staff who are not statisticians, e.g. "Różnica może być przypadkowa (p = 0,41)". It speaks of
 * chance only: a p-value cannot tell why groups differ, nor how much the difference matters.
 */
export function readPValue(pValue: number): PValueReading {
  const shown = formatP(pValue);
  return pValue < significanceLevel
    ? { pl: `Mało prawdopodobne, by różnica była przypadkowa (p ${shown.replace('.', ',')})`, en: `Unlikely to be chance (p ${shown})` }
    : { pl: `Różnica może być przypadkowa (p ${shown.replace('.', ',')})`, en: `The difference may be chance (p ${shown})` };
}

/** Two significant digits, more where rounding would carry p across the threshold (0.0496 → "0.0496", not "0.050"). */
function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  let digits = 2;
  while (Number(p.toPrecision(digits)) < significanceLevel !== p < significanceLevel) digits++;
  return `= ${Number(p.toPrecision(digits))}`;
}
