/** Texts the citizen reads: Polish, as the law requires them to be stated. */

/** KPA art. 36 § 1 with art. 37 § 1 (applied to complaints by art. 237 § 4). */
export const promptInstruction =
  'Na podstawie art. 37 § 1 w związku z art. 237 § 4 Kodeksu postępowania administracyjnego przysługuje Pani/Panu prawo do wniesienia ponaglenia, jeżeli skarga nie zostanie załatwiona w terminie.';
