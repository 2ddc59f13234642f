import { notGiven, type OrdinaryDimension } from '../../schema/equality-dimensions.js';
import type { CaseFacts } from '../../services/domain/equality/index.js';
import { isOpen } from '../../services/domain/complaint/index.js';
import type { PeerFacts } from '../../services/domain/equality/index.js';
import type { DisputeView } from '../dispute-view.js';

/** The facts the report needs from a dispute, all taken from events nobody can edit. Groups are added by the caller. */
export function caseFactsOf(view: DisputeView): Omit<CaseFacts, 'groups'> {
  const d = view.decision;
  return {
    receivedAt: view.receivedAt,
    dueAt: view.dueAt,
    decision: d && {
      outcome: d.outcome,
      decidedAt: d.decidedAt,
      withinDeadline: Date.parse(d.decidedAt) <= Date.parse(view.dueAt),
      // KPA art. 238 §1: a refusal, in whole or in part, states its facts, its law and the art. 239 instruction.
      refusalComplete: d.outcome === 'UPHELD' ? null : d.factualGrounds !== null && d.legalBasis.length > 0 && d.appealInformation !== null,
    },
    settledAt: d === null ? view.settledAt : null,
    delayNotice: view.extensions > 0,
    explanations: view.explanations.length,
    mediationOffered: view.mediations.length > 0,
    mediationAgreed: view.mediations.some((m) => m.result === 'AGREEMENT'),
  };
}

/**
 * The case's group in an ordinary dimension. Accessibility needs are free text that may describe a person's
 * health, so only whether any were stated becomes a group; language codes are compared in lower case.
 */
export function ordinaryGroupOf(view: DisputeView, dimension: OrdinaryDimension): string {
  switch (dimension) {
    case 'channel':
      return view.channel;
    case 'unit':
      return view.concernedUnit ?? notGiven;
    case 'category':
      return view.category;
    case 'language':
      return view.language?.toLowerCase() ?? notGiven;
    case 'accessibilityNeeds':
      return view.accessibilityNeeds ? 'STATED' : 'NONE';
  }
}

/** Peers are cases of the same category handled by the same unit. */
export function peerFactsOf(view: DisputeView): PeerFacts {
  return {
    id: view.id,
    peerGroup: JSON.stringify([view.category, view.concernedUnit]),
    receivedAt: view.receivedAt,
    decision: view.decision && { outcome: view.decision.outcome, decidedAt: view.decision.decidedAt },
    open: isOpen(view.domain),
  };
}
