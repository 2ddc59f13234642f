import { describe, expect, it } from 'vitest';
import { needsDelayNotice } from '../../../services/domain/complaint/index.js';

// KPA art. 237 § 4: "Przepisy art. 36–38 stosuje się odpowiednio." Mediation (art. 96a–96n) belongs to administrative
// proceedings (art. 96a § 1, "w toku postępowania"), so its time is not left out of a complaint's term (art. 35 § 5 is not
// borrowed); a mediation that may outlast the answer deadline calls for an art. 36 notice with reasons and a new date.
describe('KPA-237-4: a mediation outlasting the answer deadline prompts an art. 36 delay notice', () => {
  const due = '2025-04-03T23:59:59.999+02:00';

  it('prompts when an open mediation may end after the answer is due', () => {
    // Referred on 14 March: two months end on 14 May (art. 96e § 1), after 3 April.
    expect(needsDelayNotice(due, ['2025-05-14T23:59:59.999+02:00'])).toBe(true);
  });

  it('does not prompt when every open mediation ends by the deadline, or none is open', () => {
    expect(needsDelayNotice(due, ['2025-03-24T23:59:59.999+01:00'])).toBe(false);
    expect(needsDelayNotice(due, [])).toBe(false);
  });

  it('stops prompting once the notice set a new date after the mediation’s end', () => {
    expect(needsDelayNotice('2025-05-20T23:59:59.999+02:00', ['2025-05-14T23:59:59.999+02:00'])).toBe(false);
  });

  it('compares instants, not strings: the same moment in two offsets is not later', () => {
    expect(needsDelayNotice('2025-04-03T21:59:59.999Z', ['2025-04-03T23:59:59.999+02:00'])).toBe(false);
  });
});
