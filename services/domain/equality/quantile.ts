/**
 * The p-quantile of ascending `sorted` values by linear interpolation between order statistics: R's default
 * (type 7), also NumPy's default and Excel's PERCENTILE.INC, so figures can be re-checked with common tools.
 * The median (p = 0.5) is the usual one: the middle value, or the mean of the two middle values.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('the quantile of no values is undefined');
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (h - below) * (upper - lower);
}
