import { describe, expect, it } from 'vitest';
import {
  requireNotErased,
  subjectDecider,
  type SubjectEvent,
  evolve,
  initialState,
  type SubjectCommand,
} from '../../../services/domain/subject/index.js';
import { specification } from '../../support/given-when-then.js';

const given = specification(subjectDecider);
const ctx = { now: '2025-03-03T10:00:00+01:00' };
const subjectId = '6f0b4c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e';
const caseA = '1a2b3c4d-0000-4000-8000-00000000000a';
const caseB = '1a2b3c4d-0000-4000-8000-00000000000b';

const record = (
  disputeId: string,
  more: Partial<Extract<SubjectCommand, { type: 'recordEqualityData' }>['data']> = {},
): SubjectCommand => ({
  type: 'recordEqualityData',
  data: { disputeId, complainant: { subjectId, identifiable: true }, consent: true, answered: 2, sealedAnswers: 'v1.sealed', ...more },
});
const recorded = (disputeId: string): SubjectEvent => ({
  type: 'EqualityDataRecorded',
  data: { disputeId, subjectId, consentGivenAt: ctx.now, sealedAnswers: 'v1.sealed' },
});
const withdrawn = (disputeId: string | null): SubjectEvent => ({ type: 'EqualityConsentWithdrawn', data: { subjectId, disputeId } });
const erased: SubjectEvent = {
  type: 'SubjectDataErased',
  data: { subjectId, erasedAt: '2025-04-01T08:00:00.000Z', reason: 'art. 17 RODO' },
};
const withdraw = (disputeId: string | null): SubjectCommand => ({ type: 'withdrawEqualityConsent', data: { subjectId, disputeId } });

describe('recording equality-monitoring answers', () => {
  it('GDPR art. 9(2)(a): with explicit consent, the sealed answers are recorded for the case, with the moment of consent', () => {
    given([])
      .when(record(caseA), ctx)
      .then([{ type: 'EqualityDataRecorded', data: { disputeId: caseA, subjectId, consentGivenAt: ctx.now, sealedAnswers: 'v1.sealed' } }]);
  });

  it('GDPR art. 9(2)(a): without consent nothing is recorded', () => {
    given([])
      .when(record(caseA, { consent: false }), ctx)
      .thenRefuses('GDPR-9-2-a-consent');
  });

  it('an anonymous complaint has no one to consent', () => {
    given([])
      .when(record(caseA, { complainant: null }), ctx)
      .thenRefuses('equality-data-anonymous');
    given([])
      .when(record(caseA, { complainant: { subjectId, identifiable: false } }), ctx)
      .thenRefuses('equality-data-anonymous');
  });

  it('consent is asked before anything else: refusing it is never answered with another rule', () => {
    given([erased])
      .when(record(caseA, { consent: false, complainant: null, answered: 0 }), ctx)
      .thenRefuses('GDPR-9-2-a-consent');
  });

  it('consent with no answer at all is refused ("prefer not to say" is an answer)', () => {
    given([])
      .when(record(caseA, { answered: 0 }), ctx)
      .thenRefuses('equality-data-empty');
  });

  it('frozen per case: a second recording for the same case is refused, even after withdrawal', () => {
    given([recorded(caseA)])
      .when(record(caseA), ctx)
      .thenRefuses('equality-data-frozen');
    given([recorded(caseA), withdrawn(caseA)])
      .when(record(caseA), ctx)
      .thenRefuses('equality-data-frozen');
  });

  it('the same person’s later case is recorded afresh, with its own consent, also after a withdrawal for all cases', () => {
    given([recorded(caseA), withdrawn(null)])
      .when(record(caseB), ctx)
      .then([{ type: 'EqualityDataRecorded', data: { disputeId: caseB } }]);
  });

  it('GDPR art. 17: nothing is recorded about an erased person', () => {
    given([recorded(caseA), erased])
      .when(record(caseB), ctx)
      .thenRefuses('GDPR-17-erased-subject');
  });
});

describe('withdrawing consent (GDPR art. 7(3))', () => {
  it('for one case', () => {
    given([recorded(caseA), recorded(caseB)])
      .when(withdraw(caseA), ctx)
      .then([{ type: 'EqualityConsentWithdrawn', data: { subjectId, disputeId: caseA } }]);
  });

  it('for every case recorded so far', () => {
    given([recorded(caseA), recorded(caseB)])
      .when(withdraw(null), ctx)
      .then([{ type: 'EqualityConsentWithdrawn', data: { disputeId: null } }]);
  });

  it('covers, for all cases, only those recorded before it', () => {
    const state = [recorded(caseA), withdrawn(null), recorded(caseB)].reduce(evolve, initialState());
    expect(state.cases).toEqual({ [caseA]: { withdrawn: true }, [caseB]: { withdrawn: false } });
  });

  it('nothing to withdraw where nothing was recorded', () => {
    given([]).when(withdraw(caseA), ctx).thenRefuses('equality-data-none');
    given([recorded(caseB)])
      .when(withdraw(caseA), ctx)
      .thenRefuses('equality-data-none');
    given([]).when(withdraw(null), ctx).thenRefuses('equality-data-none');
  });

  it('a second withdrawal of the same answers is refused as already done', () => {
    given([recorded(caseA), withdrawn(caseA)])
      .when(withdraw(caseA), ctx)
      .thenRefuses('equality-consent-already-withdrawn');
    given([recorded(caseA), withdrawn(null)])
      .when(withdraw(null), ctx)
      .thenRefuses('equality-consent-already-withdrawn');
  });

  it('after erasure there is nothing left in use', () => {
    given([recorded(caseA), erased])
      .when(withdraw(caseA), ctx)
      .thenRefuses('GDPR-17-erased-subject');
  });
});

describe('erasing a person (GDPR art. 17)', () => {
  const erase: SubjectCommand = { type: 'eraseSubject', data: { subjectId, erasedAt: '2025-04-01T08:00:00.000Z', reason: 'art. 17 RODO' } };

  it('records when the key was destroyed and on what ground', () => {
    given([recorded(caseA)])
      .when(erase, ctx)
      .then([{ type: 'SubjectDataErased', data: { subjectId, reason: 'art. 17 RODO' } }]);
  });

  it('is recorded once', () => {
    given([erased]).when(erase, ctx).thenRefuses('GDPR-17-already-erased');
  });
});

describe('nothing more is recorded about an erased person (GDPR art. 17)', () => {
  it('refuses to seal anything more with their key, whatever the command', () => {
    const after = [recorded(caseA), erased].reduce(evolve, initialState());
    expect(() => requireNotErased(after)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATED', rule: 'GDPR-17-erased-subject' }));
  });

  it('lets data about a person not erased be recorded', () => {
    expect(() => requireNotErased([recorded(caseA), withdrawn(caseA)].reduce(evolve, initialState()))).not.toThrow();
    expect(() => requireNotErased(initialState())).not.toThrow();
  });
});
