import type { Outcome } from '../../../schema/common.js';
import { quantile } from './quantile.js';

/** One case among its peers: cases of the same category handled by the same unit. */
export interface PeerFacts {
  id: string;
  /** Cases compare only within one peer group, e.g. `category|unit`. */
  peerGroup: string;
  receivedAt: string;
  decision: { outcome: Outcome; decidedAt: string } | null;
  /** Still awaiting an answer (not decided, forwarded, withdrawn or left unexamined). */
  open: boolean;
}

export type FlagReason = 'SLOW' | 'FAST' | 'OUTCOME_AGAINST_PEERS';

export interface ConsistencyFlag {
  id: string;
  reason: FlagReason;
  /** Days to decision, or days waiting so far for an open case. */
  days: number;
  /** How many decided peers the case was compared with (itself excluded). */
  peers: number;
  peerMedianDays: number;
  /** For SLOW and FAST: the bound the case lies beyond; null for an outcome flag. */
  boundDays: number | null;
  /** For OUTCOME_AGAINST_PEERS: the share of peers decided the other way; null otherwise. */
  peerShareOtherWay: number | null;
}

export interface FlagRules {
  /** Fewer decided peers than this say too little to call anything unusual. */
  minimumPeers: number;
  /** How many robust standard deviations (1.4826 × MAD) from the peers' median count as far. */
  spread: number;
  /** The spread is at least this many days, so that identical peers do not flag a one-day difference. */
  minimumSpreadDays: number;
  /** The share of peers decided the other way above which an outcome stands out. */
  majority: number;
}

export const defaultFlagRules: FlagRules = { minimumPeers: 5, spread: 3, minimumSpreadDays: 2, majority: 0.8 };

const dayMs = 86_400_000;
/** Makes the median absolute deviation estimate a standard deviation for normal data (Rousseeuw & Croux 1993). */
const madToSd = 1.4826;
const upheld = (o: Outcome) => o !== 'NOT_UPHELD';
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * Cases whose waiting time or outcome lies far from their peers'. Median and MAD, not mean and standard
 * deviation: one extreme case must not hide itself by dragging its peers' average along. Each case is compared
 * with its peers without itself. Open cases are flagged once they have waited beyond the slow bound.
 */
export function consistencyFlags(cases: readonly PeerFacts[], asOf: string, rules: FlagRules = defaultFlagRules): ConsistencyFlag[] {
  const decided = new Map<string, { id: string; days: number; upheld: boolean }[]>();
  for (const c of cases) {
    if (c.decision === null) continue;
    const list = decided.get(c.peerGroup) ?? [];
    list.push({
      id: c.id,
      days: (Date.parse(c.decision.decidedAt) - Date.parse(c.receivedAt)) / dayMs,
      upheld: upheld(c.decision.outcome),
    });
    decided.set(c.peerGroup, list);
  }
  const flags: ConsistencyFlag[] = [];
  for (const c of cases) {
    if (c.decision === null && !c.open) continue;
    const peers = (decided.get(c.peerGroup) ?? []).filter((p) => p.id !== c.id);
    if (peers.length < rules.minimumPeers) continue;
    const days = c.decision
      ? (Date.parse(c.decision.decidedAt) - Date.parse(c.receivedAt)) / dayMs
      : (Date.parse(asOf) - Date.parse(c.receivedAt)) / dayMs;
    const m = median(peers.map((p) => p.days));
    const spread = Math.max(madToSd * median(peers.map((p) => Math.abs(p.days - m))), rules.minimumSpreadDays);
    const base = { id: c.id, days, peers: peers.length, peerMedianDays: m };
    if (days > m + rules.spread * spread)
      flags.push({ ...base, reason: 'SLOW', boundDays: m + rules.spread * spread, peerShareOtherWay: null });
    else if (c.decision && days < m - rules.spread * spread)
      flags.push({ ...base, reason: 'FAST', boundDays: m - rules.spread * spread, peerShareOtherWay: null });
    if (c.decision) {
      const mine = upheld(c.decision.outcome);
      const share = peers.filter((p) => p.upheld !== mine).length / peers.length;
      if (share >= rules.majority) flags.push({ ...base, reason: 'OUTCOME_AGAINST_PEERS', boundDays: null, peerShareOtherWay: share });
    }
  }
  return flags;
}
