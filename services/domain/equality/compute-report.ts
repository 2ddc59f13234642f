import { BadInput } from '../../errors.js';
import type { CaseFacts } from './case-facts.js';
import type { SignificanceTest } from './compare-proportions.js';
import { groupFigures, type GroupFigures } from './group-figures.js';
import { tallyGroups } from './group-tally.js';
import { hiddenFigureSets, type ComplementRank, type FigureSet } from './suppression.js';
import { compareUpheldRates, decided, overallTest } from './upheld-comparison.js';

export interface ReportOptions {
  /** The time the report describes: open cases whose deadline passed before it count as missed deadlines. */
  asOf: string;
  minimumGroupSize?: number;
  /**
   * The order in which complementary cells are hidden. The API passes a hash keyed with the installation's secret
   * (a reader who could compute it would know which hidden group is the small one); the default is unkeyed.
   */
  complementRank?: ComplementRank;
  /** Figure sets to hide whatever this report's own figures, by group: those hidden in a shorter period inside this one. */
  alsoHidden?: ReadonlyMap<string, ReadonlySet<FigureSet>>;
}

/** The figures of DESIGN §7's EqualTreatmentReport (the caller adds `from` and `to`). No total is published. */
export interface ReportFigures<D extends string = string> {
  dimension: D;
  minimumGroupSize: number;
  /** In the order of the groups' names. */
  groups: GroupFigures[];
  /** Whether the upheld rate differs at all across the compared groups. */
  overall: SignificanceTest | null;
}

/**
 * The equal-treatment figures of `cases` by one dimension. Every shown figure is computed from shown cells only
 * (the upheld-rate comparisons too), so nothing hidden can be inferred from what is shown.
 */
export function computeReport<D extends string>(
  cases: readonly CaseFacts<D>[],
  dimension: D,
  { asOf, minimumGroupSize = 10, complementRank = unkeyedRank, alsoHidden }: ReportOptions,
): ReportFigures<D> {
  if (!Number.isInteger(minimumGroupSize) || minimumGroupSize < 1) {
    throw new BadInput('The minimum group size must be a whole number of at least 1 (the default is 10).', [
      { path: 'minimumGroupSize', message: 'must be a whole number ≥ 1' },
    ]);
  }
  const tallies = tallyGroups(cases, dimension, asOf);
  const hidden = hiddenFigureSets(tallies, minimumGroupSize, complementRank, alsoHidden);
  const compared = tallies.filter((t) => !hidden.get(t.group)!.has('decisions') && decided(t) > 0);
  const comparisons = compareUpheldRates(compared);
  return {
    dimension,
    minimumGroupSize,
    groups: tallies.map((t) => groupFigures(t, hidden.get(t.group)!, comparisons.get(t.group) ?? null)),
    overall: overallTest(compared),
  };
}

/** FNV-1a over the group and the figure set: an order that is neither the names' nor the sizes'. */
function unkeyedRank(group: string, set: FigureSet): string {
  let hash = 0x811c9dc5;
  for (const ch of `${set}\u0000${group}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
