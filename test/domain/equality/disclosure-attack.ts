/**
 * The attack of issue 10, finding 4(b), as a reader holding every published figure would run it. For every layout of
 * a table (each group's cell one of `states`: its size first, then the counts its shown figures would reveal),
 * publish what the suppression shows; then, knowing the method and the table's totals from elsewhere, collect every
 * layout that would have been published the same way, and see which values each hidden count can still take.
 * `orders` are the complement orders the reader cannot tell apart: one when the order is public, every permutation
 * when it comes from a secret the reader does not have.
 */
export interface AttackResult {
  layouts: number;
  /**
   * Layouts in which something was hidden and the hidden sizes add up to no more than the largest size enumerated,
   * so that every layout the reader must consider is among those enumerated (the others are left out, not judged
   * on a cut space).
   */
  checked: number;
  /** Checked layouts in which some hidden count has a single possible value, which the totals alone do not give. */
  exact: number;
  /**
   * Checked layouts in which some hidden count's possible values span less (largest − smallest) than `minimum`, or
   * than the totals alone leave it, when that is less, to a reader who knows something is hidden: a table whose total
   * of some count is 3 tells 0…3 to anyone.
   */
  narrow: number;
  /** The narrowest span of a hidden count over the checked layouts, among counts the totals alone leave ≥ `minimum` wide. */
  narrowest: number;
  /** The first few layouts with an exact recovery or a narrow count, to read in a failure message. */
  examples: string[];
}

export type State = readonly number[];
/** Which cells the method hides, given the cells and the order of complements (indices of the cells). */
export type Hide = (cells: readonly State[], order: readonly number[]) => readonly boolean[];

export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/** The least and most each count of each cell takes over the layouts published one way, by what is published. */
class Ranges {
  private readonly at = new Map<number, number>();
  private readonly low: number[] = [];
  private readonly high: number[] = [];
  constructor(private readonly width: number) {}
  widen(key: number, values: readonly number[]): void {
    const at = this.at.get(key);
    if (at === undefined) {
      this.at.set(key, this.low.length);
      this.low.push(...values);
      this.high.push(...values);
      return;
    }
    for (let j = 0; j < this.width; j++) {
      if (values[j]! < this.low[at + j]!) this.low[at + j] = values[j]!;
      if (values[j]! > this.high[at + j]!) this.high[at + j] = values[j]!;
    }
  }
  span(key: number, j: number): number {
    const at = this.at.get(key)!;
    return this.high[at + j]! - this.low[at + j]!;
  }
}

export function attack(opts: {
  groups: number;
  states: readonly State[];
  minimum: number;
  hide: Hide;
  orders: readonly (readonly number[])[];
  actual: readonly number[];
}): AttackResult {
  const { groups, states, minimum, hide, orders, actual } = opts;
  const counts = states[0]!.length;
  const largest = Math.max(...states.map((s) => s[0]!));
  const totalRadix = groups * Math.max(...states.flat()) + 1;
  const layouts = states.length ** groups;
  const stateOf = (layout: number, i: number) => Math.floor(layout / states.length ** i) % states.length;
  const cellsOf = (layout: number) => Array.from({ length: groups }, (_, i) => states[stateOf(layout, i)]!);
  /** What the reader sees, as a number: each shown cell's state (or "hidden"), and the totals of every count. */
  const published = (layout: number, cells: readonly State[], mask: number) => {
    let key = 0;
    for (let i = groups - 1; i >= 0; i--) key = key * (states.length + 1) + ((mask >> i) & 1 ? states.length : stateOf(layout, i));
    for (let k = 0; k < counts; k++) key = key * totalRadix + cells.reduce((s, c) => s + c[k]!, 0);
    return key;
  };
  const maskOf = (hidden: readonly boolean[]) => hidden.reduce((m, h, i) => m | (h ? 1 << i : 0), 0);
  const all = (1 << groups) - 1;
  const seen = new Ranges(groups * counts);
  // What the totals alone leave of each cell, once the reader knows something is hidden (so that something is small):
  // the most any suppression can leave.
  const fromTotals = new Ranges(groups * counts);
  for (let layout = 0; layout < layouts; layout++) {
    const cells = cellsOf(layout);
    const values = cells.flat();
    const masks = new Set(orders.map((order) => maskOf(hide(cells, order))));
    if (!masks.has(0)) fromTotals.widen(published(layout, cells, all), values);
    for (const mask of masks) seen.widen(published(layout, cells, mask), values);
  }
  const result: AttackResult = { layouts, checked: 0, exact: 0, narrow: 0, narrowest: Infinity, examples: [] };
  for (let layout = 0; layout < layouts; layout++) {
    const cells = cellsOf(layout);
    const mask = maskOf(hide(cells, actual));
    if (mask === 0 || cells.reduce((s, c, i) => s + ((mask >> i) & 1 ? c[0]! : 0), 0) > largest) continue;
    result.checked++;
    const key = published(layout, cells, mask);
    const totalsKey = published(layout, cells, all);
    let exact = false;
    let narrow = false;
    for (let i = 0; i < groups; i++) {
      if (!((mask >> i) & 1)) continue;
      for (let k = 0; k < counts; k++) {
        const span = seen.span(key, i * counts + k);
        const most = fromTotals.span(totalsKey, i * counts + k);
        exact ||= span === 0 && most > 0;
        narrow ||= span < Math.min(minimum, most);
        if (most >= minimum) result.narrowest = Math.min(result.narrowest, span);
      }
    }
    if (exact) result.exact++;
    if (narrow) result.narrow++;
    if ((exact || narrow) && result.examples.length < 5) {
      const spans = cells.map((c, i) =>
        (mask >> i) & 1 ? `[${c.join(':')}]±${c.map((_, k) => seen.span(key, i * counts + k)).join(':')}` : c.join(':'),
      );
      result.examples.push(spans.join(' '));
    }
  }
  return result;
}
