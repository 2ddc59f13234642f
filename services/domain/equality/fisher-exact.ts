import { margins, type TwoByTwo } from './contingency-table.js';

/** R's tolerance: tables whose probability equals the observed one up to rounding count as "as extreme". */
const relativeTolerance = 1 + 1e-7;

/**
 * Two-sided p-value of Fisher's exact test for [[a, b], [c, d]], as R's `fisher.test` computes it: given the
 * margins, a follows the hypergeometric distribution, and the p-value is the total probability of the tables no
 * more probable than the observed one.
 */
export function fisherExactTest(table: TwoByTwo): number {
  const { rows, columns } = margins(table, { integers: true });
  const [rowA, rowB] = rows as [number, number];
  const [colA, colB] = columns as [number, number];
  const low = Math.max(0, rowA - colB);
  const high = Math.min(rowA, colA);
  // Log-probabilities up to a constant, by the ratio of successive hypergeometric terms, so that no factorial of
  // a large count is ever formed; normalising at the end removes the constant.
  const logWeights = [0];
  for (let x = low; x < high; x++) {
    const ratio = ((rowA - x) * (colA - x)) / ((x + 1) * (rowB - colA + x + 1));
    logWeights.push(logWeights[logWeights.length - 1]! + Math.log(ratio));
  }
  const peak = logWeights.reduce((a, b) => Math.max(a, b));
  const weights = logWeights.map((w) => Math.exp(w - peak));
  const observed = weights[table[0][0] - low]!;
  const total = weights.reduce((s, w) => s + w, 0);
  const asExtreme = weights.filter((w) => w <= observed * relativeTolerance).reduce((s, w) => s + w, 0);
  return Math.min(1, asExtreme / total);
}
