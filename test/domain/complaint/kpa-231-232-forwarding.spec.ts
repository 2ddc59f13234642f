import { describe, expect, it } from 'vitest';
import { complaintDecider, type ComplaintCommand } from '../../../services/domain/complaint/index.js';
import { specification } from '../../support/given-when-then.js';
import { ctx, received } from './fixtures.js';

const given = specification(complaintDecider);
type Mode = 'COMPETENT_BODY' | 'INDICATED' | 'LOWER_BODY' | 'EMPLOYEE_SUPERIOR';
const forward = (mode: Mode, toBody = 'Wojewoda Podlaski'): ComplaintCommand => ({
  type: 'forwardComplaint',
  data: {
    mode,
    toBody,
    reason: 'Sprawa należy do właściwości innego organu.',
    noticeToComplainant: `Skargę skierowano do: ${toBody}.`,
  },
});

// KPA art. 231: „Jeżeli organ, który otrzymał skargę, nie jest właściwy do jej rozpatrzenia, obowiązany jest
// niezwłocznie, nie później niż w terminie siedmiu dni, przekazać ją właściwemu organowi, zawiadamiając równocześnie
// o tym skarżącego, albo wskazać mu właściwy organ.” ⚖
describe('KPA-231: forwarding to the competent body, or indicating it', () => {
  it('forwards within 7 days of receipt, and the notice tells the complainant their data go with it (art. 13–14 RODO)', () => {
    const [forwarded] = given(received())
      .when(forward('COMPETENT_BODY'), ctx('2025-03-10T09:00:00+01:00'))
      .then([
        { type: 'ComplaintForwarded', data: { mode: 'COMPETENT_BODY', withinDeadline: true, forwardDue: { dueDate: '2025-03-10' } } },
      ]);
    expect(forwarded!.type === 'ComplaintForwarded' && forwarded!.data.dataDisclosure).toMatch(
      /^Informacja o przetwarzaniu danych osobowych \(art\. 13 i 14 RODO\): przekazanie skargi oznacza udostępnienie organowi: Wojewoda Podlaski Pani\/Pana danych osobowych/,
    );
  });

  it('may instead indicate the competent body: nothing is passed on, so no data are disclosed', () => {
    given(received())
      .when(forward('INDICATED'), ctx())
      .then((events) => {
        expect(events).toMatchObject([{ type: 'ComplaintForwarded', data: { mode: 'INDICATED', toBody: 'Wojewoda Podlaski' } }]);
        expect(events[0]!.data).not.toHaveProperty('dataDisclosure');
      });
  });

  it('either way settles the complaint here, and it closes with the notice the forwarding carried', () => {
    const events = given(received())
      .when(forward('INDICATED'), ctx())
      .then([{ type: 'ComplaintForwarded' }]);
    given([...received(), ...events])
      .when({ type: 'closeComplaint', data: {} }, ctx())
      .then([{ type: 'ComplaintClosed', data: { noticeExemption: 'FORWARDED_WITH_NOTICE' } }]);
  });
});

// KPA art. 232 § 1 ⚖ (streszczenie): the body may pass the complaint to a lower body to examine, unless the complaint
// concerns that body; § 2: a complaint about an employee is not passed to that employee, but to their superior.
describe('KPA-232: passing to a lower body or to an employee’s superior', () => {
  it('passes to a lower body the complaint is not about, with the data notice', () => {
    given(received({ concernedUnit: 'Wydział Świadczeń Społecznych' }))
      .when(forward('LOWER_BODY', 'Miejski Ośrodek Pomocy Rodzinie w Białymstoku'), ctx())
      .then([{ type: 'ComplaintForwarded', data: { mode: 'LOWER_BODY', dataDisclosure: expect.stringContaining('art. 13 i 14 RODO') } }]);
  });

  it('refuses to pass it to the very body it is about, however the name is typed', () => {
    given(received({ concernedUnit: 'Miejski Ośrodek Pomocy Rodzinie w Białymstoku' }))
      .when(forward('LOWER_BODY', '  miejski ośrodek  pomocy rodzinie w białymstoku '), ctx())
      .thenRefuses('KPA-232-1-concerns-lower-body');
  });

  it('passes a complaint about an employee to their superior, and refuses when it names no employee', () => {
    given(received())
      .when(forward('EMPLOYEE_SUPERIOR', 'Dyrektor Miejskiego Ośrodka Pomocy Rodzinie'), ctx())
      .then([{ type: 'ComplaintForwarded', data: { mode: 'EMPLOYEE_SUPERIOR' } }]);
    given(received({ concernedStaffId: null }))
      .when(forward('EMPLOYEE_SUPERIOR', 'Dyrektor Miejskiego Ośrodka Pomocy Rodzinie'), ctx())
      .thenRefuses('KPA-232-2-no-employee');
  });
});
