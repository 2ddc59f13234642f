import { describe, expect, it } from 'vitest';
import { consistencyFlags, type PeerFacts } from '../../../services/domain/equality/index.js';

const day = 86_400_000;
const start = Date.UTC(2025, 0, 6);
const asOf = new Date(start + 120 * day).toISOString();

function peer(id: string, days: number | null, outcome: 'UPHELD' | 'NOT_UPHELD' = 'NOT_UPHELD', peerGroup = 'permits|urbanism'): PeerFacts {
  return {
    id,
    peerGroup,
    receivedAt: new Date(start).toISOString(),
    open: days === null,
    decision: days === null ? null : { outcome, decidedAt: new Date(start + days * day).toISOString() },
  };
}
const usual = [10, 11, 12, 12, 13, 14, 15].map((d, i) => peer(`p${i}`, d));

describe('consistency flags: cases far from their peers (same category and unit)', () => {
  it('flags a case decided far beyond its peers’ median + 3 robust deviations, and nothing else', () => {
    const flags = consistencyFlags([...usual, peer('slow', 40)], asOf);
    expect(flags).toEqual([
      { id: 'slow', reason: 'SLOW', days: 40, peers: 7, peerMedianDays: 12, boundDays: expect.any(Number), peerShareOtherWay: null },
    ]);
    // MAD of the peers is 1 day; the spread is at least 2 days, so the bound is 12 + 3 × 2 = 18 days.
    expect(flags[0]!.boundDays).toBeCloseTo(18, 10);
  });

  it('the median and MAD resist the outlier: a second slow case does not hide the first', () => {
    const flags = consistencyFlags([...usual, peer('slow', 40), peer('slower', 60)], asOf);
    expect(flags.map((f) => f.id).sort()).toEqual(['slow', 'slower']);
  });

  it('an open case is flagged once it has waited beyond its peers’ bound', () => {
    const flags = consistencyFlags([...usual, peer('waiting', null)], asOf);
    expect(flags).toMatchObject([{ id: 'waiting', reason: 'SLOW', days: 120 }]);
  });

  it('flags an unusually fast decision too (a hasty answer is worth a look)', () => {
    const spread = [20, 21, 22, 22, 23, 24, 25].map((d, i) => peer(`q${i}`, d));
    expect(consistencyFlags([...spread, peer('fast', 1)], asOf)).toMatchObject([{ id: 'fast', reason: 'FAST' }]);
  });

  it('flags an outcome opposite to at least 4 in 5 of its peers', () => {
    const flags = consistencyFlags([...usual, peer('odd', 12, 'UPHELD')], asOf);
    expect(flags).toEqual([
      { id: 'odd', reason: 'OUTCOME_AGAINST_PEERS', days: 12, peers: 7, peerMedianDays: 12, boundDays: null, peerShareOtherWay: 1 },
    ]);
  });

  it('says nothing with fewer than 5 decided peers', () => {
    expect(consistencyFlags([...usual.slice(0, 4), peer('slow', 90)], asOf)).toEqual([]);
  });

  it('compares only within the same category and unit', () => {
    expect(consistencyFlags([...usual, peer('elsewhere', 40, 'UPHELD', 'parking|roads')], asOf)).toEqual([]);
  });

  it('a case settled without a decision (withdrawn, forwarded) is neither flagged nor a peer', () => {
    const settled = { ...peer('withdrawn', null), open: false };
    expect(consistencyFlags([...usual, settled], asOf)).toEqual([]);
  });
});
