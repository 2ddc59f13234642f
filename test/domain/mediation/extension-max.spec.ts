import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { cmd, ctx, underway } from './fixtures.js';

const given = specification(mediationDecider);
const extendUntil = (newEndsAt: string) =>
  cmd('extendMediation', { reason: 'Ważne powody: urlop mediatorki.', jointRequest: false, newEndsAt });
const now = ctx('2025-05-05T09:00:00+02:00');

// KPA art. 96e § 2: by no more than one month; the two months end on 14 May, the month after on 16 June.
describe('KPA-96e-extension-max', () => {
  it('refuses an end beyond one month', () => {
    given(underway).when(extendUntil('2025-06-17T12:00:00+02:00'), now).thenRefuses('KPA-96e-extension-max');
  });
  it('accepts a shorter extension, recorded to the end of that day', () => {
    given(underway)
      .when(extendUntil('2025-05-30T12:00:00+02:00'), now)
      .then([
        {
          type: 'MediationExtended',
          data: {
            jointRequest: false,
            newEnd: { dueDate: '2025-05-30', dueAt: '2025-05-30T23:59:59.999+02:00', rule: 'KPA-96e-extension-chosen' },
          },
        },
      ]);
  });
  it('accepts the last day allowed', () => {
    given(underway)
      .when(extendUntil('2025-06-16T08:00:00+02:00'), now)
      .then([{ type: 'MediationExtended', data: { newEnd: { dueDate: '2025-06-16', rule: 'KPA-96e-extension-1-month' } } }]);
  });
  it('refuses an end that is not later than the current one', () => {
    given(underway).when(extendUntil('2025-05-14T12:00:00+02:00'), now).thenRefuses('extension-not-later');
  });
});
