import type { CaseFacts } from '../../../services/domain/equality/index.js';

/** Mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and good enough to make test data repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GroupSpec {
  count: number;
  /** Chance that a decided case is upheld in whole or in part. */
  upheldRate: number;
  /** Chance that a case has been decided by the report's time (default 0.9). */
  decidedRate?: number;
}

export const asOf = '2025-12-31T23:00:00.000Z';
const dayMs = 86_400_000;

/** Cases of one dimension `sex`, received through 2025, with the upheld rates asked for and everything else random. */
export function syntheticCases(groups: Record<string, GroupSpec>, seed: number): CaseFacts<'sex'>[] {
  const random = mulberry32(seed);
  const chance = (p: number) => random() < p;
  return Object.entries(groups).flatMap(([group, spec]) =>
    Array.from({ length: spec.count }, (): CaseFacts<'sex'> => {
      const received = Date.UTC(2025, 0, 1) + Math.floor(random() * 300) * dayMs;
      const days = 3 + Math.floor(random() * 45);
      const outcome = chance(spec.upheldRate) ? (chance(0.5) ? 'UPHELD' : 'PARTLY_UPHELD') : 'NOT_UPHELD';
      const offered = chance(0.2);
      return {
        receivedAt: new Date(received).toISOString(),
        dueAt: new Date(received + 30 * dayMs).toISOString(),
        decision: chance(spec.decidedRate ?? 0.9)
          ? {
              outcome,
              decidedAt: new Date(received + days * dayMs).toISOString(),
              withinDeadline: days <= 30,
              refusalComplete: outcome === 'UPHELD' ? null : chance(0.9),
            }
          : null,
        delayNotice: chance(0.15),
        explanations: Math.floor(random() * 4),
        mediationOffered: offered,
        mediationAgreed: offered && chance(0.5),
        groups: { sex: group },
      };
    }),
  );
}
