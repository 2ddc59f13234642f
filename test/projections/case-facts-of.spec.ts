import { describe, expect, it } from 'vitest';
import { caseFactsOf, ordinaryGroupOf } from '../../projections/equality/case-facts-of.js';
import type { DisputeView } from '../../projections/dispute-view.js';

const decision = (outcome: 'UPHELD' | 'PARTLY_UPHELD' | 'NOT_UPHELD', more: Partial<NonNullable<DisputeView['decision']>> = {}) =>
  ({
    outcome,
    factualGrounds: 'Fakty.',
    legalBasis: [{ act: 'KPA', article: 'art. 35', url: null }],
    remedies: [],
    appealInformation: 'Pouczenie (art. 239).',
    decidedAt: '2025-01-20T10:00:00+01:00',
    ...more,
  }) as NonNullable<DisputeView['decision']>;

const view = (more: Partial<DisputeView>): DisputeView =>
  ({
    receivedAt: '2025-01-02T10:00:00+01:00',
    dueAt: '2025-02-03T23:59:59.999+01:00',
    decision: null,
    settledAt: null,
    extensions: 0,
    explanations: [],
    mediations: [],
    channel: 'LETTER',
    concernedUnit: null,
    category: 'opłaty',
    language: null,
    accessibilityNeeds: null,
    ...more,
  }) as DisputeView;

const mediation = (result: string | null) => ({ result }) as DisputeView['mediations'][number];

describe('the facts the report takes from a dispute', () => {
  it('a decision, within its deadline, and whether a refusal states facts, law and the art. 239 instruction', () => {
    expect(caseFactsOf(view({ decision: decision('UPHELD') })).decision).toEqual({
      outcome: 'UPHELD',
      decidedAt: '2025-01-20T10:00:00+01:00',
      withinDeadline: true,
      refusalComplete: null,
    });
    expect(caseFactsOf(view({ decision: decision('PARTLY_UPHELD', { appealInformation: null }) })).decision!.refusalComplete).toBe(false);
    expect(caseFactsOf(view({ decision: decision('NOT_UPHELD', { decidedAt: '2025-02-04T00:00:00+01:00' }) })).decision).toMatchObject({
      withinDeadline: false,
      refusalComplete: true,
    });
  });

  it('a case settled without a decision keeps when it was settled', () => {
    expect(caseFactsOf(view({ settledAt: '2025-01-05T09:00:00+01:00' }))).toMatchObject({
      decision: null,
      settledAt: '2025-01-05T09:00:00+01:00',
    });
  });

  it('delay notices, explanations, and mediation offered and agreed from the dispute’s mediations', () => {
    const facts = caseFactsOf(
      view({
        extensions: 1,
        explanations: [{}, {}] as DisputeView['explanations'],
        mediations: [mediation('WITHDRAWN'), mediation('AGREEMENT')],
      }),
    );
    expect(facts).toMatchObject({ delayNotice: true, explanations: 2, mediationOffered: true, mediationAgreed: true });
    expect(caseFactsOf(view({ mediations: [mediation(null)] }))).toMatchObject({ mediationOffered: true, mediationAgreed: false });
    expect(caseFactsOf(view({}))).toMatchObject({ delayNotice: false, mediationOffered: false, mediationAgreed: false });
  });

  it('groups in the ordinary dimensions: missing values have a group, accessibility needs only as stated or not', () => {
    const v = view({
      concernedUnit: null,
      language: 'UK',
      accessibilityNeeds: { subjectId: '5d1c3a1e-0f5e-4b9e-8a55-3d1c2b0a9f11', sealed: 'v1.pętla-indukcyjna' },
    });
    expect(['channel', 'unit', 'category', 'language', 'accessibilityNeeds'].map((d) => ordinaryGroupOf(v, d as never))).toEqual([
      'LETTER',
      'NOT_GIVEN',
      'opłaty',
      'uk',
      'STATED',
    ]);
  });
});
