import { describe, expect, it } from 'vitest';
import { computeReport, figureSets, type CaseFacts, type FigureSet } from '../../../services/domain/equality/index.js';
import { hideCells } from '../../../services/domain/equality/suppression.js';
import { asOf, mulberry32, syntheticCases, type GroupSpec } from './synthetic-cases.js';

/** Groups A, B, C… of the given sizes; complements are taken in `order` (indices), as a keyed rank would give them. */
const hide = (sizes: number[], { minimum = 10, lowest = 1, order = sizes.map((_, i) => i), already = [] as number[] } = {}) =>
  hideCells(
    sizes.map((size) => ({ size, parts: [] })),
    minimum,
    lowest,
    null,
    sizes.map((_, i) => already.includes(i)),
    order,
  ).flatMap((h, i) => (h ? ['ABCDEFGH'[i]!] : []));

describe('which cells to hide', () => {
  it('hides nothing when every cell is large enough', () => {
    expect(hide([10, 50])).toEqual([]);
  });

  it('hides a small cell and a complement, taken in the keyed order, not the smallest or the first by name', () => {
    expect(hide([3, 50, 40], { order: [1, 2, 0] })).toEqual(['A', 'B']);
    expect(hide([3, 50, 40], { order: [2, 0, 1] })).toEqual(['A', 'C']);
  });

  it('hides just the small cells when, for a reader with the total, each can still be anything over a span of the minimum', () => {
    // 9 + 8 = 17 hidden: each could be 1…16 for all a reader knows.
    expect(hide([9, 8, 50])).toEqual(['A', 'B']);
  });

  it('hides more while a hidden cell could be worked out to within fewer values than the minimum', () => {
    // 6 + 5 = 11: each 1…10 only (a span of 9); with a complement the span is wide.
    expect(hide([6, 5, 40, 30], { order: [3, 2, 1, 0] })).toEqual(['A', 'B', 'D']);
    // A complement of exactly 10 with a 1 leaves 1…10 again: one more.
    expect(hide([1, 10, 30, 40], { order: [1, 2, 3, 0] })).toEqual(['A', 'B', 'C']);
  });

  it('may hide an empty cell of a figure set: a reader cannot tell it is empty', () => {
    expect(hide([4, 0, 0, 30], { lowest: 0, order: [1, 2, 3, 0] })).toEqual(['A', 'B', 'C', 'D']);
  });

  it('counts cells already hidden (groups suppressed, or hidden in a shorter period inside this one)', () => {
    expect(hide([2, 19, 30], { already: [0, 1] })).toEqual(['A', 'B']);
    expect(hide([12, 30, 40], { already: [0], order: [2, 1, 0] })).toEqual(['A', 'C']);
  });

  it('hides the parts of a hidden cell well enough too: upheld counts that the totals could pin pull in another cell', () => {
    const cells = [
      { size: 4, parts: [0, 4] },
      { size: 20, parts: [0, 20] },
      { size: 30, parts: [12, 18] },
    ];
    // A and B hidden alone would have 0 upheld between them, which the office's total of upheld decisions would tell.
    expect(hideCells(cells, 10, 0, [40, 40, 40], [false, false, false], [1, 2, 0])).toEqual([true, true, true]);
  });
});

/** The number of cases each figure set of a group is computed from, worked out here independently of the report. */
const sizeOf: Record<FigureSet, (c: CaseFacts) => boolean> = {
  cases: () => true,
  decisions: (c) => c.decision !== null,
  deadlines: (c) => c.decision !== null || Date.parse(c.dueAt) < Date.parse(asOf),
  refusals: (c) => c.decision !== null && c.decision.refusalComplete !== null,
  mediations: (c) => c.mediationOffered,
  delayNotices: (c) => c.delayNotice,
};

function randomData(seed: number) {
  const random = mulberry32(seed);
  const groups: Record<string, GroupSpec> = {};
  const groupCount = 2 + Math.floor(random() * 6);
  for (let g = 0; g < groupCount; g++) {
    const count = random() < 0.4 ? 1 + Math.floor(random() * 12) : 10 + Math.floor(random() * 70);
    groups[`G${g}`] = { count, upheldRate: random(), decidedRate: 0.3 + 0.7 * random() };
  }
  return { cases: syntheticCases(groups, seed), minimum: random() < 0.5 ? 5 : 10, random };
}

/** `values` in an order drawn from `random` (Fisher–Yates). */
function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Changes what the hidden cells are made of — which of a group's cases was upheld, refused, on time, offered or
 * agreed to mediation, noticed of a delay, when it was decided, how many explanations — but not how many cases of
 * each kind a group has: those counts are what suppression is decided on.
 */
function scramble(cases: CaseFacts<'sex'>[], hidden: (group: string) => ReadonlySet<FigureSet>, random: () => number): CaseFacts<'sex'>[] {
  const out = cases.map((c) => ({ ...c, decision: c.decision && { ...c.decision } }));
  for (const group of new Set(out.map((c) => c.groups.sex))) {
    const members = out.filter((c) => c.groups.sex === group);
    const sets = hidden(group);
    const permute = <T>(of: CaseFacts<'sex'>[], get: (c: CaseFacts<'sex'>) => T, set: (c: CaseFacts<'sex'>, v: T) => void) =>
      shuffled(of.map(get), random).forEach((v, i) => set(of[i]!, v));
    const decided = members.filter((c) => c.decision !== null);
    if (sets.has('cases')) for (const c of members) c.explanations = Math.floor(random() * 9);
    if (sets.has('delayNotices'))
      permute(
        members,
        (c) => c.delayNotice,
        (c, v) => (c.delayNotice = v),
      );
    if (sets.has('decisions')) {
      permute(
        decided,
        (c) => [c.decision!.outcome, c.decision!.refusalComplete] as const,
        (c, [o, r]) => Object.assign(c.decision!, { outcome: o, refusalComplete: r }),
      );
      for (const c of decided)
        c.decision!.decidedAt = new Date(Date.parse(c.decision!.decidedAt) + Math.floor(random() * 90) * 86_400_000).toISOString();
    }
    if (sets.has('deadlines'))
      permute(
        decided,
        (c) => c.decision!.withinDeadline,
        (c, v) => (c.decision!.withinDeadline = v),
      );
    if (sets.has('refusals')) {
      const refused = decided.filter((c) => c.decision!.refusalComplete !== null);
      permute(
        refused,
        (c) => c.decision!.refusalComplete,
        (c, v) => (c.decision!.refusalComplete = v),
      );
    }
    if (sets.has('mediations')) {
      const offered = members.filter((c) => c.mediationOffered);
      permute(
        offered,
        (c) => c.mediationAgreed,
        (c, v) => (c.mediationAgreed = v),
      );
    }
  }
  return out;
}

describe('suppression that cannot be undone', () => {
  const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

  it('suppresses every group below the minimum, and a complement with a lone one', () => {
    const cases = syntheticCases(
      { A: { count: 3, upheldRate: 0.5 }, B: { count: 50, upheldRate: 0.5 }, C: { count: 40, upheldRate: 0.5 } },
      7,
    );
    const report = computeReport(cases, 'sex', { asOf });
    expect(report.groups.filter((g) => g.suppressed).map((g) => [g.group, g.count])).toEqual([['A', null], expect.arrayContaining([null])]);
    expect(report.groups[0]).toMatchObject({ upheldRate: null, pValue: null, medianDaysToDecision: null, suppressedFigures: figureSets });
  });

  it.each(seeds)('seed %i: a published total minus every shown cell leaves each hidden cell undetermined', (seed) => {
    const { cases, minimum } = randomData(seed);
    const report = computeReport(cases, 'sex', { asOf, minimumGroupSize: minimum });
    for (const g of report.groups) if (!g.suppressed) expect(g.count).toBeGreaterThanOrEqual(minimum);
    for (const set of figureSets) {
      const size = (group: string) => cases.filter((c) => c.groups.sex === group && sizeOf[set](c)).length;
      const hidden = report.groups.filter((g) => g.suppressedFigures.includes(set)).map((g) => g.group);
      for (const g of report.groups) if (g.suppressed) expect(hidden).toContain(g.group);
      for (const g of report.groups) if (size(g.group) > 0 && size(g.group) < minimum) expect(hidden).toContain(g.group);
      // When a single group has cases of this kind at all, its cell is the office's whole total for them: hiding
      // the figure is all a report can do (docs/equal-treatment.md, "Suppression").
      const nonEmpty = report.groups.filter((g) => size(g.group) > 0).length;
      if (hidden.length === 0 || nonEmpty < 2) continue;
      // The worst case: the total is known from elsewhere, and so is every shown cell's size.
      const total = report.groups.reduce((s, g) => s + size(g.group), 0);
      const rest = total - report.groups.filter((g) => !hidden.includes(g.group)).reduce((s, g) => s + size(g.group), 0);
      const lowest = set === 'cases' ? 1 : 0;
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      // Together the hidden cells are no smaller than a shown group, unless they are all there is (the report then
      // says nothing of this kind of case that the total does not).
      expect(rest >= minimum || rest === total).toBe(true);
      // Each hidden cell could be anything from `lowest` to what the others leave it: always more than one value.
      expect(rest - (hidden.length - 1) * lowest).toBeGreaterThan(lowest);
    }
  });

  it.each(seeds)('seed %i: whatever the hidden cells hold, everything shown stays the same', (seed) => {
    const { cases, minimum, random } = randomData(seed);
    const report = computeReport(cases, 'sex', { asOf, minimumGroupSize: minimum });
    const hiddenSets = new Map(report.groups.map((g) => [g.group, new Set(g.suppressedFigures)]));
    const scrambled = scramble(cases, (group) => hiddenSets.get(group)!, random);
    expect(computeReport(scrambled, 'sex', { asOf, minimumGroupSize: minimum })).toEqual(report);
  });
});
