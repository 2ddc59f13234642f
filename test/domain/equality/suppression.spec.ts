import { describe, expect, it } from 'vitest';
import { computeReport, figureSets, type CaseFacts, type FigureSet } from '../../../services/domain/equality/index.js';
import { cellsToHide } from '../../../services/domain/equality/suppression.js';
import { asOf, mulberry32, syntheticCases, type GroupSpec } from './synthetic-cases.js';

const hide = (sizes: Record<string, number>, minimum = 10, lowest = 1, already: string[] = []) =>
  [...cellsToHide(new Map(Object.entries(sizes)), minimum, new Set(already), lowest)].sort();

describe('which cells to hide', () => {
  it('hides nothing when every cell is large enough', () => {
    expect(hide({ A: 10, B: 50 })).toEqual([]);
  });

  it('hides a small cell, and the next smallest with it, so the small one cannot be had by subtraction', () => {
    expect(hide({ A: 3, B: 50, C: 40 })).toEqual(['A', 'C']);
  });

  it('hides just the small cells when together they are at least the minimum', () => {
    expect(hide({ A: 6, B: 7, C: 50 })).toEqual(['A', 'B']);
  });

  it('hides more when the small cells together are still small', () => {
    expect(hide({ A: 2, B: 3, C: 40, D: 30 })).toEqual(['A', 'B', 'D']);
  });

  it('hides more when hidden groups of one case each could be told apart', () => {
    expect(hide({ A: 1, B: 1, C: 5 }, 2)).toEqual(['A', 'B', 'C']);
  });

  it('breaks ties by name, and never picks an empty cell as the complement', () => {
    expect(hide({ A: 3, C: 20, B: 20 })).toEqual(['A', 'B']);
    expect(hide({ A: 0, B: 3, C: 12, D: 15 }, 10, 0)).toEqual(['B', 'C']);
  });

  it('counts cells already hidden (whole groups suppressed) towards the hidden sum', () => {
    expect(hide({ A: 2, B: 9, C: 30 }, 10, 0, ['A', 'B'])).toEqual(['A', 'B']);
    expect(hide({ A: 2, B: 3, C: 30 }, 10, 0, ['A', 'B'])).toEqual(['A', 'B', 'C']);
  });
});

/** The number of cases each figure set of a group is computed from, worked out here independently of the report. */
const sizeOf: Record<FigureSet, (c: CaseFacts) => boolean> = {
  cases: () => true,
  decisions: (c) => c.decision !== null,
  deadlines: (c) => c.decision !== null || Date.parse(c.dueAt) < Date.parse(asOf),
  refusals: (c) => c.decision !== null && c.decision.refusalComplete !== null,
  mediations: (c) => c.mediationOffered,
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

/** Changes everything the hidden cells are made of, but not how many cases each cell has. */
function scramble(cases: CaseFacts<'sex'>[], hidden: (group: string) => ReadonlySet<FigureSet>, random: () => number): CaseFacts<'sex'>[] {
  const flip = () => random() < 0.5;
  return cases.map((c) => {
    const sets = hidden(c.groups.sex);
    const d = c.decision;
    return {
      ...c,
      delayNotice: sets.has('cases') ? flip() : c.delayNotice,
      explanations: sets.has('cases') ? Math.floor(random() * 9) : c.explanations,
      mediationAgreed: sets.has('mediations') && c.mediationOffered ? flip() : c.mediationAgreed,
      decision: d && {
        outcome: sets.has('decisions') ? (flip() ? 'UPHELD' : 'NOT_UPHELD') : d.outcome,
        decidedAt: sets.has('decisions') ? new Date(Date.parse(d.decidedAt) + Math.floor(random() * 90) * 86_400_000).toISOString() : d.decidedAt,
        withinDeadline: sets.has('deadlines') ? flip() : d.withinDeadline,
        refusalComplete: sets.has('refusals') && d.refusalComplete !== null ? flip() : d.refusalComplete,
      },
    };
  });
}

describe('suppression that cannot be undone', () => {
  const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

  it('suppresses every group below the minimum, and a complement with a lone one', () => {
    const cases = syntheticCases({ A: { count: 3, upheldRate: 0.5 }, B: { count: 50, upheldRate: 0.5 }, C: { count: 40, upheldRate: 0.5 } }, 7);
    const report = computeReport(cases, 'sex', { asOf });
    expect(report.groups.map((g) => [g.group, g.suppressed, g.count])).toEqual([['A', true, null], ['B', false, 50], ['C', true, null]]);
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
