import type { TestName } from './compare-proportions.js';
import type { GroupTally } from './group-tally.js';
import { readPValue, type PValueReading } from './p-value-reading.js';
import { quantile } from './quantile.js';
import type { FigureSet } from './suppression.js';
import { decided, upheld, type UpheldComparison } from './upheld-comparison.js';

/** DESIGN §7's GroupFigures and more; every figure is null when hidden, or when it has no cases to be computed from. */
export interface GroupFigures {
  group: string;
  /** The whole group is hidden: too small, or hidden so that a small one cannot be worked out by subtraction. */
  suppressed: boolean;
  /** The figure sets hidden for this group (all of them when it is suppressed); see suppression.ts. */
  suppressedFigures: FigureSet[];
  count: number | null;
  decided: number | null;
  /** Shares of the decided cases. */
  outcomeShares: { upheld: number; partlyUpheld: number; notUpheld: number } | null;
  /** Share of decided cases UPHELD or PARTLY_UPHELD. */
  upheldRate: number | null;
  adverseImpactRatio: number | null;
  /** Adverse-impact ratio below 0.8. */
  flagged: boolean | null;
  /** Upheld rate of this group against all other shown groups together. */
  pValue: number | null;
  test: TestName | null;
  adjustedPValue: number | null;
  reading: PValueReading | null;
  /** Days from receipt to decision (elapsed time, in days of 24 hours), over decided cases; R type 7 quantiles. */
  medianDaysToDecision: number | null;
  p90DaysToDecision: number | null;
  /** Decided within the deadline, over cases decided or past their deadline at the report's time. */
  deadlineComplianceRate: number | null;
  /** Cases with a delay notice (KPA art. 36), over all cases. */
  delayNoticeRate: number | null;
  /** Refusals stating grounds, legal basis and the art. 239 instruction, over refusals (KPA art. 238 §1). */
  refusalCompletenessRate: number | null;
  explanationsPerCase: number | null;
  mediationOfferRate: number | null;
  /** Mediations ending in agreement, over mediations offered. */
  mediationAgreementRate: number | null;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function groupFigures(t: GroupTally, hidden: ReadonlySet<FigureSet>, comparison: UpheldComparison | null): GroupFigures {
  const shown = (set: FigureSet) => !hidden.has(set);
  const n = decided(t);
  const withDecisions = shown('decisions') && n > 0;
  return {
    group: t.group,
    suppressed: !shown('cases'),
    suppressedFigures: [...hidden],
    count: shown('cases') ? t.cases : null,
    decided: shown('decisions') ? n : null,
    outcomeShares: withDecisions
      ? { upheld: t.outcomes.UPHELD / n, partlyUpheld: t.outcomes.PARTLY_UPHELD / n, notUpheld: t.outcomes.NOT_UPHELD / n }
      : null,
    upheldRate: withDecisions ? upheld(t) / n : null,
    adverseImpactRatio: comparison?.adverseImpactRatio ?? null,
    flagged: comparison?.flagged ?? null,
    pValue: comparison?.significance.pValue ?? null,
    test: comparison?.significance.test ?? null,
    adjustedPValue: comparison?.adjustedPValue ?? null,
    reading: comparison ? readPValue(comparison.significance.pValue) : null,
    medianDaysToDecision: withDecisions ? quantile(t.daysToDecision, 0.5) : null,
    p90DaysToDecision: withDecisions ? quantile(t.daysToDecision, 0.9) : null,
    deadlineComplianceRate: shown('deadlines') ? ratio(t.onTime, t.due) : null,
    delayNoticeRate: shown('delayNotices') ? ratio(t.delayNotices, t.cases) : null,
    refusalCompletenessRate: shown('refusals') ? ratio(t.completeRefusals, t.refusals) : null,
    explanationsPerCase: shown('cases') ? ratio(t.explanations, t.cases) : null,
    mediationOfferRate: shown('mediations') ? ratio(t.mediationsOffered, t.cases) : null,
    mediationAgreementRate: shown('mediations') ? ratio(t.mediationsAgreed, t.mediationsOffered) : null,
  };
}
