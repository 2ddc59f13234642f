import { describe, expect, it } from 'vitest';
import { complaintDecider, evolve, initialState } from '../../../services/domain/complaint/index.js';
import { specification } from '../../support/given-when-then.js';
import { acknowledged, ctx, decideCommand, received } from './fixtures.js';

const given = specification(complaintDecider);
const mediationId = '6a1f0c3e-8b2d-4e7f-9c1a-2b3c4d5e6f70';
const opened = { type: 'MediationOpened' as const, data: { mediationId, openedAt: '2025-03-10T09:00:00+01:00' } };
const closed = (result: 'AGREEMENT' | 'NO_AGREEMENT', excludedDays = 0) => ({
  type: 'MediationClosed' as const,
  data: { mediationId, result, excludedDays },
});

describe('mediation on a complaint (KPA art. 96a–96n)', () => {
  it('opening one puts the complaint IN_MEDIATION until it closes', () => {
    given([...received(), acknowledged])
      .when({ type: 'openMediation', data: { mediationId } }, ctx('2025-03-10T09:00:00+01:00'))
      .then([opened]);
    expect([...received(), acknowledged, opened].reduce(evolve, initialState()).status).toBe('IN_MEDIATION');
    expect([...received(), acknowledged, opened, closed('NO_AGREEMENT')].reduce(evolve, initialState()).status).toBe('ACKNOWLEDGED');
  });
  it('art. 96e: no decision while it runs', () => {
    given([...received(), opened])
      .when(decideCommand(), ctx())
      .thenRefuses('KPA-96e-mediation-pending');
  });
  it('art. 96e: not even when a supplement was requested while it runs', () => {
    const requested = {
      type: 'SupplementRequested' as const,
      data: {
        whatIsMissing: 'Numer sprawy',
        due: { dueDate: '2025-03-17', dueAt: '2025-03-17T23:59:59.999+01:00', rule: 'SUPPLEMENT-7-days', calendarVersion: 'v' },
      },
    };
    const supplemented = { type: 'ComplaintSupplemented' as const, data: { summary: 'Podano numer sprawy.' } };
    given([...received(), opened, requested, supplemented])
      .when(decideCommand(), ctx())
      .thenRefuses('KPA-96e-mediation-pending');
    given([...received(), requested, opened])
      .when(decideCommand(), ctx())
      .thenRefuses('KPA-96e-mediation-pending');
  });
  it('KPA art. 237 § 1, 4: the mediation does not move the answer deadline (art. 35 § 5 is not borrowed; see kpa-237-4-mediation-deadline.spec.ts)', () => {
    given([...received(), opened])
      .when({ type: 'closeMediation', data: { mediationId, result: 'NO_AGREEMENT', excludedDays: 14 } }, ctx('2025-03-24T12:00:00+01:00'))
      .then((events) => expect(events).toEqual([closed('NO_AGREEMENT', 14)]));
  });
  it('art. 96n: after an agreement the decision says whether it follows the protocol', () => {
    given([...received(), opened, closed('AGREEMENT')])
      .when(decideCommand(), ctx())
      .thenRefuses('KPA-96n-follows-protocol');
    given([...received(), opened, closed('AGREEMENT')])
      .when(decideCommand({ outcome: 'UPHELD', followsMediationProtocol: true }), ctx())
      .then([{ type: 'ComplaintDecided', data: { followsMediationProtocol: true } }]);
  });
  it('art. 96n: a departure from the agreement gives its grounds', () => {
    given([...received(), opened, closed('AGREEMENT')])
      .when(decideCommand({ outcome: 'UPHELD', factualGrounds: null, followsMediationProtocol: false }), ctx())
      .thenRefuses('KPA-96n-departure-grounds');
  });
  it('without an agreement there is no protocol to follow', () => {
    given(received())
      .when(decideCommand({ followsMediationProtocol: true }), ctx())
      .thenRefuses('KPA-96n-no-protocol');
  });
  it('a mediation never referred to a mediator leaves the deadline as it was', () => {
    given([...received(), opened])
      .when({ type: 'closeMediation', data: { mediationId, result: 'WITHDRAWN', excludedDays: 0 } }, ctx())
      .then((events) => expect(events.map((e) => e.type)).toEqual(['MediationClosed']));
  });
  it('a mediation closes on a complaint withdrawn meanwhile', () => {
    const withdrawn = { type: 'ComplaintWithdrawn' as const, data: { reason: null } };
    given([...received(), opened, withdrawn])
      .when({ type: 'closeMediation', data: { mediationId, result: 'NO_AGREEMENT', excludedDays: 0 } }, ctx())
      .then([closed('NO_AGREEMENT')]);
  });
  it('only an open mediation closes', () => {
    given(received())
      .when({ type: 'closeMediation', data: { mediationId, result: 'NO_AGREEMENT', excludedDays: 0 } }, ctx())
      .thenRefuses('mediation-not-open');
  });
});
