import type { GroupTally } from './group-tally.js';
import { decided } from './upheld-comparison.js';

/**
 * The sets of figures that are hidden together, each named after the cases it is computed from: `cases` (the
 * whole group: count, explanations per case), `decisions` (outcomes, upheld rate and its comparisons, days to
 * decision), `deadlines` (deadline compliance), `refusals` (refusal completeness), `mediations` (mediation offer
 * and agreement rates), `delayNotices` (delay-notice rate). A rate belongs to the set of its numerator as well as
 * its denominator: a shown rate times a shown count must never give a hidden number.
 */
export type FigureSet = 'cases' | 'decisions' | 'deadlines' | 'refusals' | 'mediations' | 'delayNotices';
export const figureSets: readonly FigureSet[] = ['cases', 'decisions', 'deadlines', 'refusals', 'mediations', 'delayNotices'];

/**
 * One group's cell of a figure set: how many cases it is made of, and the counts its shown figures would reveal
 * besides (upheld, partly upheld and not upheld decisions…), which add up to `size`.
 */
export interface Cell {
  size: number;
  parts: readonly number[];
}

const cellOf: Record<FigureSet, (t: GroupTally) => Cell> = {
  cases: (t) => ({ size: t.cases, parts: [] }),
  decisions: (t) => ({ size: decided(t), parts: [t.outcomes.UPHELD, t.outcomes.PARTLY_UPHELD, t.outcomes.NOT_UPHELD] }),
  deadlines: (t) => ({ size: t.due, parts: [t.onTime, t.due - t.onTime] }),
  refusals: (t) => ({ size: t.refusals, parts: [t.completeRefusals, t.refusals - t.completeRefusals] }),
  mediations: (t) => ({ size: t.mediationsOffered, parts: [t.mediationsAgreed, t.mediationsOffered - t.mediationsAgreed] }),
  delayNotices: (t) => ({ size: t.delayNotices, parts: [] }),
};

/** How the complementary cells are chosen: a rank per group and figure set, lowest first (see `hideCells`). */
export type ComplementRank = (group: string, set: FigureSet) => string;

/**
 * For each group, the figure sets it must not show; a group whose `cases` are hidden is suppressed as a whole.
 * `alsoHidden`: cells that must be hidden whatever this report's own figures (those hidden in a shorter period
 * inside this one, so that no subtraction across periods recovers them).
 */
export function hiddenFigureSets(
  tallies: readonly GroupTally[],
  minimum: number,
  rank: ComplementRank,
  alsoHidden: ReadonlyMap<string, ReadonlySet<FigureSet>> = new Map(),
): Map<string, Set<FigureSet>> {
  const hidden = new Map(tallies.map((t) => [t.group, new Set<FigureSet>()]));
  const counts = tallies.map((t) => t.cases);
  let suppressed: readonly boolean[] = [];
  for (const set of figureSets) {
    const cells = tallies.map(cellOf[set]);
    const order = tallies
      .map((_, i) => i)
      .sort((a, b) => compareRanks(rank(tallies[a]!.group, set), rank(tallies[b]!.group, set)) || a - b);
    const already = tallies.map((t, i) => (suppressed[i] ?? false) || (alsoHidden.get(t.group)?.has(set) ?? false));
    // Every group has at least one case; any other cell may be empty. What a reader knows bounds a subset's cell: the
    // group's count (shown or not: assuming it known is the cautious side).
    const flags =
      set === 'cases' ? hideCells(cells, minimum, 1, null, already, order) : hideCells(cells, minimum, 0, counts, already, order);
    if (set === 'cases') suppressed = flags;
    flags.forEach((h, i) => h && hidden.get(tallies[i]!.group)!.add(set));
  }
  return hidden;
}

const compareRanks = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which cells of one figure set to hide. A cell of fewer than `minimum` cases is hidden (an empty one is not: an
 * empty cell's figure is undefined, not secret). Then, while a reader who knows every shown figure and the totals
 * of the whole table (from another report, the office's statistics, another dimension over the same cases) could
 * narrow any hidden count — the cell's size or any of its parts — to fewer than `minimum` + 1 possible values
 * (largest − smallest < `minimum`), one more cell is hidden, in the order `order`; an empty one too, since a reader
 * cannot tell it is empty.
 *
 * The order is a keyed hash the reader cannot compute (equality-services.ts), not the cells' sizes or names: were the
 * complement the smallest shown cell, a reader would know it is no larger than any shown one, and with a total that
 * can pin a hidden count exactly (issue 10, finding 4b); were it public, a reader would know which hidden cell is
 * the small one. Where even hiding every cell leaves a count narrower than that (a table whose total of
 * some part is itself small), the cells are hidden until they are as wide as hiding everything would make them.
 *
 * `lowest`: the least a cell can hold (every group has a case). `bounds`: the most each cell can hold, as a reader
 * knows it (null: unbounded, the cases themselves).
 */
export function hideCells(
  cells: readonly Cell[],
  minimum: number,
  lowest: number,
  bounds: readonly number[] | null,
  already: readonly boolean[],
  order: readonly number[],
): boolean[] {
  const hidden = cells.map((c, i) => already[i]! || (c.size > 0 && c.size < minimum));
  if (!hidden.includes(true)) return hidden;
  const everything = cells.map(() => true);
  // What the totals alone leave of each count, at best: the most hiding can achieve, when that is less than `minimum`.
  const targets = kindsOf(cells, lowest, bounds).map((kind) => spans(kind, everything).map((span) => Math.min(minimum, span)));
  // A reader who knows the method knows that a cell hidden for being small holds at least one case, and cannot tell it
  // from a complement: judging every hidden size as at least 1 is the cautious side.
  const kinds = kindsOf(cells, Math.max(lowest, 1), bounds);
  const safe = () => kinds.every((kind, k) => spans(kind, hidden).every((span, i) => !hidden[i] || span >= targets[k]![i]!));
  for (const i of order) {
    if (safe()) break;
    hidden[i] = true;
  }
  return hidden;
}

/** One count of every cell (its size, or one of its parts) with the least and most a reader knows it can hold. */
interface Kind {
  value: readonly number[];
  low: readonly number[];
  high: readonly number[];
}

function kindsOf(cells: readonly Cell[], lowest: number, bounds: readonly number[] | null): Kind[] {
  const size: Kind = { value: cells.map((c) => c.size), low: cells.map(() => lowest), high: cells.map((_, i) => bounds?.[i] ?? Infinity) };
  const parts = (cells[0]?.parts ?? []).map((_, p): Kind => ({
    value: cells.map((c) => c.parts[p]!),
    low: cells.map(() => 0),
    // A part is at most its cell's size; the true size is more than a reader knows, so this is the cautious bound.
    high: cells.map((c) => c.size),
  }));
  return [size, ...parts];
}

/**
 * How far apart (largest − smallest) the values of each hidden count of one kind can be, for a reader who knows the
 * shown cells and the total: the hidden cells add up to the total minus the shown ones, each within its bounds.
 * Shown cells get 0.
 */
function spans({ value, low, high }: Kind, hidden: readonly boolean[]): number[] {
  let rest = 0;
  for (let i = 0; i < value.length; i++) if (hidden[i]) rest += value[i]!;
  return value.map((_, i) => {
    if (!hidden[i]) return 0;
    let othersLow = 0;
    let othersHigh = 0;
    for (let j = 0; j < value.length; j++) {
      if (j === i || !hidden[j]) continue;
      othersLow += low[j]!;
      othersHigh += high[j]!;
    }
    return Math.min(high[i]!, rest - othersLow) - Math.max(low[i]!, rest - othersHigh);
  });
}
