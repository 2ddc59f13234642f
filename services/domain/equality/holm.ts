/**
 * Holm's step-down adjustment (Holm 1979, as R's `p.adjust(p, "holm")`): when several groups are each tested,
 * some small p-values turn up by chance alone; adjusted p-values below 0.05 keep the chance of any false alarm
 * across the whole family below 5 %.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const order = pValues.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const adjusted = new Array<number>(pValues.length);
  let runningMax = 0;
  order.forEach(([p, i], rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (pValues.length - rank) * p));
    adjusted[i] = runningMax;
  });
  return adjusted;
}
