import { describe, expect, it } from 'vitest';
import {
  complaintDecider,
  evolve,
  initialState,
  type ComplaintCommand,
  type PriorComplaintFacts,
} from '../../../services/domain/complaint/index.js';
import { specification } from '../../support/given-when-then.js';
import { ctx, decided, decideCommand, received, signer } from './fixtures.js';

const given = specification(complaintDecider);
const priorDisputeId = '3f0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a02';
const unfounded: PriorComplaintFacts = { exists: true, isThisDispute: false, foundUnfounded: true };
const keep = (data: Partial<Extract<ComplaintCommand, { type: 'keepPriorPosition' }>['data']> = {}): ComplaintCommand => ({
  type: 'keepPriorPosition',
  data: {
    note: 'Skarga powtarza zarzuty z pisma z 12 stycznia 2025 r. bez nowych okoliczności.',
    priorDisputeId,
    noNewCircumstances: true,
    signer,
    prior: unfounded,
    ...data,
  },
});

// KPA art. 239 § 1: "W przypadku gdy skarga, w wyniku jej rozpatrzenia, została uznana za bezzasadną i jej bezzasadność
// wykazano w odpowiedzi na skargę, a skarżący ponowił skargę bez wskazania nowych okoliczności – organ właściwy do jej
// rozpatrzenia może podtrzymać swoje poprzednie stanowisko z odpowiednią adnotacją w aktach sprawy – bez zawiadamiania skarżącego."
describe('KPA-239: keeping the prior position', () => {
  it('is recorded with the earlier dispute and the statement that no new circumstances were raised', () => {
    given(received())
      .when(keep(), ctx())
      .then([{ type: 'PriorPositionKept', data: { priorDisputeId, noNewCircumstances: true, basedOnRevision: 1, signer } }]);
  });

  it('is refused when the repeated complaint raises new circumstances: it is examined as a complaint', () => {
    given(received())
      .when(keep({ noNewCircumstances: false }), ctx())
      .thenRefuses('KPA-239-new-circumstances');
  });

  it('is refused when the earlier dispute does not exist, or is this one', () => {
    given(received())
      .when(keep({ prior: { exists: false, isThisDispute: false, foundUnfounded: false } }), ctx())
      .thenRefuses('KPA-239-prior-dispute');
    given(received())
      .when(keep({ prior: { exists: true, isThisDispute: true, foundUnfounded: false } }), ctx())
      .thenRefuses('KPA-239-prior-dispute');
  });

  it('is refused when the earlier complaint was not found unfounded (upheld, partly upheld, or not decided)', () => {
    given(received())
      .when(keep({ prior: { exists: true, isThisDispute: false, foundUnfounded: false } }), ctx())
      .thenRefuses('KPA-239-prior-not-unfounded');
  });

  it('adds nothing to notify: the case closes without a notice to the complainant', () => {
    const state = [
      ...received(),
      {
        type: 'PriorPositionKept' as const,
        data: { note: 'x', priorDisputeId, noNewCircumstances: true as const, signer, basedOnRevision: 1 },
      },
    ].reduce(evolve, initialState());
    expect(state).toMatchObject({ status: 'PRIOR_POSITION_KEPT', foundUnfounded: true });
  });
});

describe('what counts as found unfounded, folded from the earlier dispute', () => {
  const fold = (events: Parameters<typeof evolve>[1][]) => events.reduce(evolve, initialState()).foundUnfounded;
  it('a complaint decided NOT_UPHELD', () => {
    const [notUpheld] = given(received())
      .when(decideCommand(), ctx())
      .then([{ type: 'ComplaintDecided' }]);
    expect(fold([...received(), notUpheld!])).toBe(true);
  });
  it('not an upheld one, nor one partly upheld, nor one still open', () => {
    expect(fold([...received(), decided])).toBe(false);
    const [partly] = given(received())
      .when(decideCommand({ outcome: 'PARTLY_UPHELD' }), ctx())
      .then([{ type: 'ComplaintDecided' }]);
    expect(fold([...received(), partly!])).toBe(false);
    expect(fold(received())).toBe(false);
  });
});
