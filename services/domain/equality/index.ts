/** Equal-treatment statistics (DESIGN §3, §7): pure functions of the case facts they are given (no clock, no I/O). */
export type { CaseFacts, DecisionFacts } from './case-facts.js';
export { chiSquareTest, chiSquareUpperTail, type ChiSquareResult } from './chi-square.js';
export {
  consistencyFlags,
  defaultFlagRules,
  type ConsistencyFlag,
  type FlagReason,
  type FlagRules,
  type PeerFacts,
} from './consistency-flags.js';
export { compareProportions, type SignificanceTest, type TestName } from './compare-proportions.js';
export { computeReport, type ReportFigures, type ReportOptions } from './compute-report.js';
export type { ContingencyTable, TwoByTwo } from './contingency-table.js';
export { fisherExactTest } from './fisher-exact.js';
export type { GroupFigures } from './group-figures.js';
export { holmAdjust } from './holm.js';
export { readPValue, significanceLevel, type PValueReading } from './p-value-reading.js';
export { quantile } from './quantile.js';
export { figureSets, type FigureSet } from './suppression.js';
export { fourFifths } from './upheld-comparison.js';
