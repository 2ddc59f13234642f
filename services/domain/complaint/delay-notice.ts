/**
 * Mediation does not move a complaint's answer deadline: art. 96a–96n belong to administrative proceedings (art. 96a
 * § 1, "w toku postępowania") and Dział VIII borrows only art. 36–38 (art. 237 § 4). So when an open mediation may
 * run past the deadline (its time limit under art. 96e, or the consent term while no mediator is chosen), the
 * complaint will be late unless the office sends an art. 36 notice with the reasons and a new date: the clerk is
 * prompted to. Instants carry offsets and are compared as times.
 */
export function needsDelayNotice(answerDueAt: string, openMediationEnds: readonly string[]): boolean {
  return openMediationEnds.some((endsAt) => Date.parse(endsAt) > Date.parse(answerDueAt));
}
