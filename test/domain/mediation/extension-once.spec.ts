import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { bothConsented, cmd, ctx, underway } from './fixtures.js';

const given = specification(mediationDecider);
const extend = cmd('extendMediation', {
  reason: 'Wspólny wniosek stron: potrzebna opinia rzeczoznawcy.',
  jointRequest: true,
  newEndsAt: null,
});
const extended = {
  type: 'MediationExtended' as const,
  data: {
    reason: 'Wspólny wniosek stron.',
    jointRequest: true,
    newEnd: { dueDate: '2025-06-16', dueAt: '2025-06-16T23:59:59.999+02:00', rule: 'KPA-96e-extension-1-month', calendarVersion: 'v' },
  },
};

// KPA art. 96e § 2: the mediation may be extended once.
describe('KPA-96e-extension-once', () => {
  it('extends by a month from the end of the two months, counted per art. 57 (14 June is a Saturday)', () => {
    given(underway)
      .when(extend, ctx('2025-05-05T09:00:00+02:00'))
      .then([
        { type: 'MediationExtended', data: { jointRequest: true, newEnd: { dueDate: '2025-06-16', rule: 'KPA-96e-extension-1-month' } } },
      ]);
  });
  it('refuses a second extension', () => {
    given([...underway, extended])
      .when(extend, ctx('2025-06-01T09:00:00+02:00'))
      .thenRefuses('KPA-96e-extension-once');
  });
  it('there is nothing to extend before the case is referred to a mediator', () => {
    given(bothConsented).when(extend, ctx()).thenRefuses('mediator-not-appointed');
  });
  it('nor after the time ran out', () => {
    given(underway).when(extend, ctx('2025-05-15T09:00:00+02:00')).thenRefuses('KPA-96e-time-limit');
  });
});
