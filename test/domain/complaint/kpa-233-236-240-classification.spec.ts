import { describe, it } from 'vitest';
import type { ComplaintKind } from '../../../schema/events/complaint-events.js';
import { type ComplaintCommand, complaintDecider, type ComplaintEvent } from '../../../services/domain/complaint/index.js';
import { specification } from '../../support/given-when-then.js';
import { ctx, decideCommand, received, signer } from './fixtures.js';

const given = specification(complaintDecider);
const classified = (kind: ComplaintKind): ComplaintEvent => ({
  type: 'ComplaintClassified',
  data: { kind, category: 'dodatek mieszkaniowy' },
});
const keep: ComplaintCommand = {
  type: 'keepPriorPosition',
  data: {
    note: 'Ponowienie zarzutów.',
    priorDisputeId: '3f0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a02',
    noNewCircumstances: true,
    signer,
    prior: { exists: true, isThisDispute: false, foundUnfounded: true },
  },
};
const treat = (route: 'PENDING_CASE' | 'REOPENING' | 'ANNULMENT'): ComplaintCommand => ({
  type: 'treatInProceedings',
  data: {
    route,
    caseReference: 'SOC.5311.12.2025',
    body: 'Prezydent Miasta Białegostoku',
    note: 'Skarżący kwestionuje wysokość przyznanego dodatku; włączono do akt postępowania.',
  },
});

// KPA art. 233–234 ⚖ (streszczenie): a complaint in a case still pending is examined in that case, in its procedure.
describe('KPA-234-pending-case: a complaint in a pending case goes into that case', () => {
  it('cannot be decided as a complaint, nor answered by keeping a prior position', () => {
    given([...received(), classified('IN_PENDING_CASE')])
      .when(decideCommand(), ctx())
      .thenRefuses('KPA-234-pending-case');
    given([...received(), classified('IN_PENDING_CASE')])
      .when(keep, ctx())
      .thenRefuses('KPA-234-pending-case');
  });

  it('goes into the case: recorded with its reference and body, which settles it as a complaint', () => {
    given([...received(), classified('IN_PENDING_CASE')])
      .when(treat('PENDING_CASE'), ctx('2025-03-10T09:00:00+01:00'))
      .then([
        {
          type: 'ComplaintTreatedInProceedings',
          data: {
            route: 'PENDING_CASE',
            caseReference: 'SOC.5311.12.2025',
            body: 'Prezydent Miasta Białegostoku',
            treatedAt: '2025-03-10T09:00:00+01:00',
          },
        },
      ]);
  });

  it('is decided as a complaint again once classified again as an ordinary complaint', () => {
    given([...received(), classified('IN_PENDING_CASE'), classified('COMPLAINT')])
      .when(decideCommand(), ctx())
      .then([{ type: 'ComplaintDecided' }]);
  });

  it('once in the case, the complainant must still be told before the case closes (KPA art. 237 § 3)', () => {
    const inCase: ComplaintEvent = {
      type: 'ComplaintTreatedInProceedings',
      data: {
        route: 'PENDING_CASE',
        caseReference: 'SOC.5311.12.2025',
        body: 'Prezydent Miasta Białegostoku',
        note: 'Włączono do akt postępowania.',
        treatedAt: '2025-03-10T09:00:00+01:00',
      },
    };
    given([...received(), classified('IN_PENDING_CASE'), inCase])
      .when({ type: 'closeComplaint', data: {} }, ctx())
      .thenRefuses('KPA-237-3-notice-before-closing');
    given([...received(), classified('IN_PENDING_CASE'), inCase])
      .when(decideCommand(), ctx())
      .thenRefuses('complaint-settled');
  });
});

// KPA art. 235–236 ⚖ (streszczenie): a complaint against a final decision is treated as a request to reopen the
// proceedings or to declare the decision void.
describe('KPA-235-final-decision: a complaint against a final decision is a request to reopen or annul', () => {
  it('cannot be decided as a complaint, nor answered by keeping a prior position', () => {
    given([...received(), classified('AGAINST_FINAL_DECISION')])
      .when(decideCommand({ outcome: 'UPHELD' }), ctx())
      .thenRefuses('KPA-235-final-decision');
    given([...received(), classified('AGAINST_FINAL_DECISION')])
      .when(keep, ctx())
      .thenRefuses('KPA-235-final-decision');
  });

  it('is treated as a request to reopen, or to declare the decision void', () => {
    for (const route of ['REOPENING', 'ANNULMENT'] as const) {
      given([...received(), classified('AGAINST_FINAL_DECISION')])
        .when(treat(route), ctx())
        .then([{ type: 'ComplaintTreatedInProceedings', data: { route } }]);
    }
  });

  it('goes only the way its classification says', () => {
    given([...received(), classified('AGAINST_FINAL_DECISION')])
      .when(treat('PENDING_CASE'), ctx())
      .thenRefuses('KPA-233-236-classification');
    given([...received(), classified('IN_PENDING_CASE')])
      .when(treat('REOPENING'), ctx())
      .thenRefuses('KPA-233-236-classification');
    given(received()).when(treat('ANNULMENT'), ctx()).thenRefuses('KPA-233-236-classification');
  });
});

// KPA art. 240 ⚖ (streszczenie): Dział VIII does not displace special acts that set their own procedure for some
// complaints; such a matter is identified and forwarded to the body that act names.
describe('KPA-240-outside-kpa: a matter a special act governs is identified and forwarded', () => {
  it('cannot be decided here as a complaint, nor answered by keeping a prior position', () => {
    given([...received(), classified('OUTSIDE_KPA')])
      .when(decideCommand(), ctx())
      .thenRefuses('KPA-240-outside-kpa');
    given([...received(), classified('OUTSIDE_KPA')])
      .when(keep, ctx())
      .thenRefuses('KPA-240-outside-kpa');
  });

  it('is forwarded to the body the special act names', () => {
    given([...received(), classified('OUTSIDE_KPA')])
      .when(
        {
          type: 'forwardComplaint',
          data: {
            toBody: 'Rzecznik Praw Pacjenta',
            reason: 'Skarga na lekarza podlega ustawie o prawach pacjenta.',
            noticeToComplainant: 'Skargę przekazano Rzecznikowi Praw Pacjenta.',
            mode: 'COMPETENT_BODY',
          },
        },
        ctx('2025-03-05T09:00:00+01:00'),
      )
      .then([{ type: 'ComplaintForwarded', data: { toBody: 'Rzecznik Praw Pacjenta' } }]);
  });
});
