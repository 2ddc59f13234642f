import { compareProportions, type SignificanceTest } from './compare-proportions.js';
import { chiSquareTest } from './chi-square.js';
import type { GroupTally } from './group-tally.js';
import { holmAdjust } from './holm.js';

/** The four-fifths rule of thumb (US EEOC Uniform Guidelines, 29 CFR §1607.4(D)): a ratio below it is flagged. */
export const fourFifths = 0.8;

export interface UpheldComparison {
  /** This group's upheld rate over the most favourable group's; null when that rate is 0 (nobody is favoured). */
  adverseImpactRatio: number | null;
  flagged: boolean | null;
  /** This group against all the other compared groups together. */
  significance: SignificanceTest;
  /** Holm-adjusted over all compared groups (see holm.ts). */
  adjustedPValue: number;
}

export const decided = (t: GroupTally) => t.daysToDecision.length;
/** Upheld in whole or in part: the complainant got at least some of what was asked. */
export const upheld = (t: GroupTally) => t.outcomes.UPHELD + t.outcomes.PARTLY_UPHELD;
const upheldRate = (t: GroupTally) => upheld(t) / decided(t);

/** Compares the upheld rates of groups with decided cases; empty when fewer than two such groups remain. */
export function compareUpheldRates(tallies: readonly GroupTally[]): Map<string, UpheldComparison> {
  if (tallies.length < 2) return new Map();
  const best = Math.max(...tallies.map(upheldRate));
  const totalUpheld = tallies.reduce((s, t) => s + upheld(t), 0);
  const totalDecided = tallies.reduce((s, t) => s + decided(t), 0);
  const tests = tallies.map((t) => {
    const restUpheld = totalUpheld - upheld(t);
    const restDecided = totalDecided - decided(t);
    return compareProportions([
      [upheld(t), decided(t) - upheld(t)],
      [restUpheld, restDecided - restUpheld],
    ]);
  });
  const adjusted = holmAdjust(tests.map((s) => s.pValue));
  return new Map(
    tallies.map((t, i) => {
      const ratio = best > 0 ? upheldRate(t) / best : null;
      const flagged = ratio === null ? null : ratio < fourFifths;
      return [t.group, { adverseImpactRatio: ratio, flagged, significance: tests[i]!, adjustedPValue: adjusted[i]! }];
    }),
  );
}

/**
 * One test of whether the upheld rate differs at all between the groups: Fisher's or chi-square for two groups,
 * chi-square over the whole table for more. Null with fewer than two groups, or when every decision went the
 * same way (nothing to compare).
 */
export function overallTest(tallies: readonly GroupTally[]): SignificanceTest | null {
  const table = tallies.map((t) => [upheld(t), decided(t) - upheld(t)] as [number, number]);
  const [first, second, ...more] = table;
  if (!first || !second || table.every((row) => row[0] === 0) || table.every((row) => row[1] === 0)) return null;
  if (more.length === 0) return compareProportions([first, second]);
  const { statistic, df, pValue } = chiSquareTest(table);
  return { test: 'CHI_SQUARE', pValue, statistic, df };
}
