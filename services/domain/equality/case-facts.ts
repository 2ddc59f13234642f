import type { Outcome } from '../../../schema/common.js';

/**
 * What the report needs to know about one complaint, as it stood at the time of the case: the equality answers
 * in `groups` are the ones frozen with the case (DESIGN §3), so a later change or withdrawal does not rewrite
 * past figures. Instants are ISO 8601 strings.
 */
export interface CaseFacts<D extends string = string> {
  receivedAt: string;
  /** The deadline in force (after any extension). */
  dueAt: string;
  /** Null while the complaint awaits a decision on its merits (and if it never gets one: withdrawn, unexamined). */
  decision: DecisionFacts | null;
  /**
   * When a case ended without a decision on its merits (forwarded, withdrawn, left unexamined, prior position kept),
   * the moment it did: it met its deadline if that was by `dueAt`. Absent or null otherwise. Without it such a case
   * would count as an open one, and as a missed deadline once `dueAt` passed.
   */
  settledAt?: string | null;
  /** The office told the complainant of a delay and set a new deadline (KPA art. 36). */
  delayNotice: boolean;
  /** Explanations taken in the case (from the complainant, staff or others). */
  explanations: number;
  mediationOffered: boolean;
  /** The mediation ended in an agreement. */
  mediationAgreed: boolean;
  /**
   * The case's value in each dimension, e.g. `{ channel: 'LETTER', sex: 'PREFER_NOT_TO_SAY' }`. A case without an
   * answer carries an explicit value (such as `NOT_GIVEN`), so it forms a group of its own instead of vanishing.
   */
  groups: Readonly<Record<D, string>>;
}

export interface DecisionFacts {
  outcome: Outcome;
  decidedAt: string;
  /** Decided by the deadline in force, as the deadline engine judged it. */
  withinDeadline: boolean;
  /**
   * For a decision that refuses the complaint in whole or part: whether it states its factual grounds, legal basis
   * and the instruction on art. 239 (KPA art. 238 §1). Null for a decision that refuses nothing.
   */
  refusalComplete: boolean | null;
}
