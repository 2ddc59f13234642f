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
