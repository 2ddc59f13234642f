import { describe, expect, it } from 'vitest';
import { computeReport, type CaseFacts } from '../../../services/domain/equality/index.js';

const day = (d: number) => new Date(Date.UTC(2025, 0, d)).toISOString();

const settled = (settledAt: string): CaseFacts<'channel'> => ({
  receivedAt: day(1),
  dueAt: day(31),
  decision: null,
  settledAt,
  delayNotice: false,
  explanations: 0,
  mediationOffered: false,
  mediationAgreed: false,
  groups: { channel: 'LETTER' },
});

describe('deadline compliance of cases settled without a decision on the merits', () => {
  it('counts one settled by its deadline as met, one settled after it as missed, and neither as decided', () => {
    const cases = [...Array.from({ length: 3 }, () => settled(day(10))), settled(day(40))];
    const [letters] = computeReport(cases, 'channel', { asOf: day(90), minimumGroupSize: 1 }).groups;
    expect(letters).toMatchObject({ count: 4, decided: 0, deadlineComplianceRate: 0.75, upheldRate: null });
  });
});
