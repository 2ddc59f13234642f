import { BadInput } from '../../errors.js';
import type { CaseFacts } from './case-facts.js';
import type { SignificanceTest } from './compare-proportions.js';
import { groupFigures, type GroupFigures } from './group-figures.js';
import { tallyGroups } from './group-tally.js';
import { hiddenFigureSets } from './suppression.js';
import { compareUpheldRates, decided, overallTest } from './upheld-comparison.js';

export interface ReportOptions {
  /** The time the report describes: open cases whose deadline passed before it count as missed deadlines. */
  asOf: string;
  minimumGroupSize?: number;
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
  { asOf, minimumGroupSize = 10 }: ReportOptions,
): ReportFigures<D> {
  if (!Number.isInteger(minimumGroupSize) || minimumGroupSize < 1) {
    throw new BadInput('The minimum group size must be a whole number of at least 1 (the default is 10).', [
      { path: 'minimumGroupSize', message: 'must be a whole number ≥ 1' },
    ]);
  }
  const tallies = tallyGroups(cases, dimension, asOf);
  const hidden = hiddenFigureSets(tallies, minimumGroupSize);
  const compared = tallies.filter((t) => !hidden.get(t.group)!.has('decisions') && decided(t) > 0);
  const comparisons = compareUpheldRates(compared);
  return {
    dimension,
    minimumGroupSize,
    groups: tallies.map((t) => groupFigures(t, hidden.get(t.group)!, comparisons.get(t.group) ?? null)),
    overall: overallTest(compared),
  };
}
