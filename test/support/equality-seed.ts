import { expect } from 'vitest';
import { ACKNOWLEDGE, DECIDE, RECEIVE, complaintInput, refusal } from './documents.js';
import { CONSENT, PROPOSE, parties } from './mediation-documents.js';
import { RECORD_EQUALITY } from './equality-documents.js';
import type { TestServer } from './test-server.js';

/** A complaint to seed: when it came, what the person answered (if anything), and how and when it was decided. */
export interface SeedCase {
  receivedAt: Date;
  answers?: Record<string, string>;
  channel?: string;
  /** Days from receipt to the decision; absent: still open. */
  decidedAfterDays?: number;
  outcome?: 'UPHELD' | 'NOT_UPHELD';
  category?: string;
  unit?: string;
  /** Mediation proposed after receipt, and refused by the complainant (so it ends at once). */
  mediationOffered?: boolean;
}

const dayMs = 86_400_000;

/**
 * Seeds through the real API: every complaint received (with the time it came), its answers recorded an hour
 * later, then every decision in the order of its time. The clock only moves forward, as in an office.
 */
export async function seedCases(server: TestServer, setClock: (at: Date) => void, cases: readonly SeedCase[]): Promise<string[]> {
  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input }, 'CLERK');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string };
  };
  const order = cases.map((c, i) => ({ c, i })).sort((a, b) => a.c.receivedAt.getTime() - b.c.receivedAt.getTime());
  const ids: string[] = [];
  for (const { c, i } of order) {
    setClock(new Date(c.receivedAt.getTime() + 3600_000));
    const overrides = {
      receivedAt: c.receivedAt.toISOString(),
      channel: c.channel ?? 'LETTER',
      ...(c.category ? { category: c.category } : {}),
      ...(c.unit ? { concernedUnit: c.unit } : {}),
    };
    const { disputeId } = await ok(RECEIVE, complaintInput(overrides));
    ids[i] = disputeId;
    if (c.answers)
      await ok(RECORD_EQUALITY, {
        disputeId,
        consent: true,
        answers: Object.entries(c.answers).map(([dimension, value]) => ({ dimension, value })),
      });
    if (c.mediationOffered) {
      await ok(ACKNOWLEDGE, { disputeId });
      const { mediationId } = (await ok(PROPOSE, { disputeId, parties, reason: 'Próba porozumienia.' })) as {
        disputeId: string;
        mediationId?: string;
      };
      await ok(CONSENT, { mediationId, partyId: 'p-maria', consent: false, reason: 'Wolę rozstrzygnięcie urzędu.' });
    }
  }
  const decisions = cases
    .map((c, i) => ({ c, id: ids[i]! }))
    .filter(({ c }) => c.decidedAfterDays !== undefined)
    .sort((a, b) => decidedAt(a.c) - decidedAt(b.c));
  for (const { c, id } of decisions) {
    setClock(new Date(decidedAt(c)));
    await ok(
      DECIDE,
      c.outcome === 'UPHELD'
        ? { disputeId: id, outcome: 'UPHELD', signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' } }
        : refusal(id),
    );
  }
  return ids;
}

const decidedAt = (c: SeedCase) => c.receivedAt.getTime() + c.decidedAfterDays! * dayMs;

/**
 * `n` cases spread over `days` days of a month of 2025 from the 2nd, built by `make(i)`. A report takes every fact as
 * it was known at the end of its period, so cases meant to be decided in a month's report must be decided within it.
 */
export const spread = (monthIndex: number, n: number, make: (i: number) => Omit<SeedCase, 'receivedAt'>, days = 26): SeedCase[] =>
  Array.from({ length: n }, (_, i) => ({ receivedAt: new Date(Date.UTC(2025, monthIndex, 2 + (i % days), 8 + (i % 8))), ...make(i) }));
