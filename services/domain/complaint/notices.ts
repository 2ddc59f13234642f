/** Texts the citizen reads: Polish, as the law requires them to be stated. */

/** KPA art. 36 § 1 with art. 37 § 1 (applied to complaints by art. 237 § 4). */
export const promptInstruction =
  'Na podstawie art. 37 § 1 w związku z art. 237 § 4 Kodeksu postępowania administracyjnego przysługuje Pani/Panu prawo do wniesienia ponaglenia, jeżeli skarga nie zostanie załatwiona w terminie.';

/**
 * § 8 ust. 2 of the Council of Ministers' regulation of 8 January 2002: the summons to supplement instructs that
 * the complaint will be left unexamined if the gaps are not removed within 7 days of its receipt.
 */
export const supplementInstruction =
  'Zgodnie z § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków nieusunięcie braków w terminie 7 dni od dnia otrzymania niniejszego wezwania spowoduje pozostawienie skargi bez rozpoznania.';

/**
 * KPA art. 247 ⚖: a requester dissatisfied with how the request was dealt with may lodge a complaint (under Dział VIII,
 * rozdział 2). It stands in a request's answer where a complaint's answer instructs on art. 239, and no ponaglenie.
 */
export const requestComplaintInstruction =
  'Zgodnie z art. 247 Kodeksu postępowania administracyjnego, jeżeli nie jest Pani/Pan zadowolona/zadowolony ze sposobu załatwienia wniosku, może Pani/Pan wnieść skargę.';

/**
 * A request's delay notice (art. 244 KPA ⚖): the new term, and no instruction on ponaglenie, which art. 37 gives
 * complaints only through art. 237 § 4.
 */
export const requestDelayInstruction =
  'Zgodnie z art. 244 Kodeksu postępowania administracyjnego wniosek zostanie rozpatrzony w nowym terminie wskazanym w niniejszym zawiadomieniu.';

/**
 * Art. 13 and 14 RODO (GDPR): forwarding a complaint discloses the complainant's personal data in it to the body it
 * goes to, so the notice of the forwarding (KPA art. 231) says so, with the basis and their rights. ⚖
 */
export const forwardingDataDisclosure = (toBody: string) =>
  `Informacja o przetwarzaniu danych osobowych (art. 13 i 14 RODO): przekazanie skargi oznacza udostępnienie organowi: ${toBody} Pani/Pana danych osobowych zawartych w skardze, w zakresie niezbędnym do jej rozpatrzenia. Podstawą jest art. 6 ust. 1 lit. c RODO w związku z art. 231 i 232 Kodeksu postępowania administracyjnego. Od otrzymania skargi organ ten jest administratorem tych danych i poinformuje o ich przetwarzaniu zgodnie z art. 14 RODO. Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.`;

/** The same instruction for a request (wniosek): § 8 ust. 2 speaks of "skargi lub wniosku". */
export const requestSupplementInstruction =
  'Zgodnie z § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków nieusunięcie braków w terminie 7 dni od dnia otrzymania niniejszego wezwania spowoduje pozostawienie wniosku bez rozpoznania.';
