import type { Outcome } from '../../../schema/common.js';
import type { CaseFacts } from './case-facts.js';

/** Sums over the cases of one group, from which every figure is computed. */
export interface GroupTally {
  group: string;
  cases: number;
  outcomes: Record<Outcome, number>;
  /** Ascending, one per decided case. */
  daysToDecision: number[];
  /** Cases whose deadline counts: decided or otherwise settled ones, and open ones whose deadline passed before the report's time. */
  due: number;
  onTime: number;
  delayNotices: number;
  refusals: number;
  completeRefusals: number;
  explanations: number;
  mediationsOffered: number;
  mediationsAgreed: number;
}

const dayMs = 86_400_000;

/** One tally per value of `dimension`, in the order of the values' names (an order that says nothing of sizes). */
export function tallyGroups<D extends string>(cases: readonly CaseFacts<D>[], dimension: D, asOf: string): GroupTally[] {
  const asOfMs = Date.parse(asOf);
  const tallies = new Map<string, GroupTally>();
  for (const c of cases) {
    const group = c.groups[dimension];
    const t = tallies.get(group) ?? emptyTally(group);
    tallies.set(group, t);
    t.cases++;
    t.delayNotices += c.delayNotice ? 1 : 0;
    t.explanations += c.explanations;
    t.mediationsOffered += c.mediationOffered ? 1 : 0;
    t.mediationsAgreed += c.mediationOffered && c.mediationAgreed ? 1 : 0;
    const d = c.decision;
    if (d === null && c.settledAt) {
      t.due++;
      t.onTime += Date.parse(c.settledAt) <= Date.parse(c.dueAt) ? 1 : 0;
      continue;
    }
    if (d === null) {
      // An open case past its deadline has already missed it; leaving it out would flatter the slowest handling.
      t.due += Date.parse(c.dueAt) < asOfMs ? 1 : 0;
      continue;
    }
    t.outcomes[d.outcome]++;
    t.daysToDecision.push((Date.parse(d.decidedAt) - Date.parse(c.receivedAt)) / dayMs);
    t.due++;
    t.onTime += d.withinDeadline ? 1 : 0;
    t.refusals += d.refusalComplete === null ? 0 : 1;
    t.completeRefusals += d.refusalComplete === true ? 1 : 0;
  }
  for (const t of tallies.values()) t.daysToDecision.sort((a, b) => a - b);
  return [...tallies.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

function emptyTally(group: string): GroupTally {
  return {
    group,
    cases: 0,
    outcomes: { UPHELD: 0, PARTLY_UPHELD: 0, NOT_UPHELD: 0 },
    daysToDecision: [],
    due: 0,
    onTime: 0,
    delayNotices: 0,
    refusals: 0,
    completeRefusals: 0,
    explanations: 0,
    mediationsOffered: 0,
    mediationsAgreed: 0,
  };
}
