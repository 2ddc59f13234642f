import type { GroupTally } from './group-tally.js';

/**
 * The sets of figures that are hidden together, each named after the cases it is computed from: `cases` (the
 * whole group), `decisions` (outcomes, upheld rate and its comparisons, days to decision), `deadlines` (deadline
 * compliance), `refusals` (refusal completeness), `mediations` (mediation agreement rate).
 */
export type FigureSet = 'cases' | 'decisions' | 'deadlines' | 'refusals' | 'mediations';
export const figureSets: readonly FigureSet[] = ['cases', 'decisions', 'deadlines', 'refusals', 'mediations'];

const sizeOf: Record<FigureSet, (t: GroupTally) => number> = {
  cases: (t) => t.cases,
  decisions: (t) => t.daysToDecision.length,
  deadlines: (t) => t.due,
  refusals: (t) => t.refusals,
  mediations: (t) => t.mediationsOffered,
};

/** For each group, the figure sets it must not show; a group whose `cases` are hidden is suppressed as a whole. */
export function hiddenFigureSets(tallies: readonly GroupTally[], minimum: number): Map<string, Set<FigureSet>> {
  const hidden = new Map(tallies.map((t) => [t.group, new Set<FigureSet>()]));
  const suppressedGroups = cellsToHide(sizesOf(tallies, 'cases'), minimum, new Set(), 1);
  for (const set of figureSets) {
    const cells = set === 'cases' ? suppressedGroups : cellsToHide(sizesOf(tallies, set), minimum, suppressedGroups, 0);
    for (const group of cells) hidden.get(group)!.add(set);
  }
  return hidden;
}

function sizesOf(tallies: readonly GroupTally[], set: FigureSet): Map<string, number> {
  return new Map(tallies.map((t) => [t.group, sizeOf[set](t)]));
}

/**
 * Which cells of one figure to hide, given how many cases each group's cell is computed from. A cell of fewer
 * than `minimum` cases is hidden (one of none is not: an empty cell's figure is undefined, not secret). Anyone
 * who knows the overall total (from another report, or another dimension's report over the same cases) can
 * subtract the shown cells from it and learn the hidden cells' sum; so unless nothing is hidden, at least two
 * cells are, their sum is at least `minimum`, and it exceeds `lowest` per hidden cell (every group has at least
 * one case, so hidden groups of one case each could be told apart). Extra cells are taken smallest first (ties
 * by name), skipping empty ones, which add nothing to the uncertainty.
 */
export function cellsToHide(
  sizes: ReadonlyMap<string, number>,
  minimum: number,
  alreadyHidden: ReadonlySet<string>,
  lowest: number,
): Set<string> {
  const hidden = new Set(alreadyHidden);
  for (const [group, n] of sizes) if (n > 0 && n < minimum) hidden.add(group);
  const candidates = [...sizes]
    .filter(([group, n]) => !hidden.has(group) && n > 0)
    .sort(([g1, n1], [g2, n2]) => n1 - n2 || (g1 < g2 ? -1 : 1));
  const hiddenSum = () => [...hidden].reduce((s, g) => s + (sizes.get(g) ?? 0), 0);
  const safe = () => hidden.size === 0 || (hidden.size >= 2 && hiddenSum() >= minimum && hiddenSum() > lowest * hidden.size);
  for (const [group] of candidates) {
    if (safe()) break;
    hidden.add(group);
  }
  return hidden;
}
