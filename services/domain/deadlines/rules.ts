import { z } from 'zod';
import { BadInput } from '../../errors.js';

/** How a clock runs: KPA art. 57 §1 counts days, §3 counts months; working days are an office's own rule. */
export type DeadlineTerm = { unit: 'days' | 'months' | 'working-days'; amount: number };

const fixedRuleNames = [
  'KPA-237-1-month',
  'KPA-231-forward-7-days',
  'SUPPLEMENT-7-days',
  'KPA-237-2-mp-14-days',
  'KPA-96b-consent-14-days',
  'KPA-96e-mediation-2-months',
  'KPA-96e-extension-1-month',
  'KPA-44-presumed-delivery-14-days',
  'KPA-244-1-month',
] as const;
type FixedRuleName = (typeof fixedRuleNames)[number];

/** N working days (e.g. the Scottish ombudsman's 5 and 20), configurable per office. */
export type DeadlineRuleName = FixedRuleName | `WORKING-DAYS-${number}`;

const termsByName: Record<FixedRuleName, DeadlineTerm> = {
  'KPA-237-1-month': { unit: 'months', amount: 1 }, // answer a complaint (art. 237 §1)
  'KPA-231-forward-7-days': { unit: 'days', amount: 7 }, // forward to the competent body (art. 231)
  'SUPPLEMENT-7-days': { unit: 'days', amount: 7 }, // supplement an unclear complaint (2002 regulation §8)
  'KPA-237-2-mp-14-days': { unit: 'days', amount: 14 }, // inform the MP, senator or councillor (art. 237 §2)
  'KPA-96b-consent-14-days': { unit: 'days', amount: 14 }, // consent to mediation (art. 96b)
  'KPA-96e-mediation-2-months': { unit: 'months', amount: 2 }, // case postponed for mediation (art. 96e)
  'KPA-96e-extension-1-month': { unit: 'months', amount: 1 }, // mediation extended, at most once (art. 96e)
  'KPA-44-presumed-delivery-14-days': { unit: 'days', amount: 14 }, // an uncollected letter is deemed delivered (art. 44 § 4)
  'KPA-244-1-month': { unit: 'months', amount: 1 }, // answer a request (art. 244 § 1 with art. 237 § 1)
};
const fixedTerms = new Map<string, DeadlineTerm>(Object.entries(termsByName));

/** The named rules; working-days rules are the pattern WORKING-DAYS-N (1 <= N <= 365) besides these. */
export const deadlineRuleNames: readonly string[] = fixedRuleNames;

/** N of a canonical WORKING-DAYS-N (no leading zeros: rule names are compared as strings in events), else null. */
function workingDaysOf(name: string): number | null {
  const digits = /^WORKING-DAYS-([1-9]\d{0,2})$/.exec(name)?.[1];
  return digits !== undefined && Number(digits) <= 365 ? Number(digits) : null;
}

export function isDeadlineRuleName(s: string): s is DeadlineRuleName {
  return fixedTerms.has(s) || workingDaysOf(s) !== null;
}

export const DeadlineRuleNameSchema = z.union([
  z.enum(fixedRuleNames),
  z.templateLiteral(['WORKING-DAYS-', z.int()]).refine((s) => workingDaysOf(s) !== null, {
    message: 'A working-days rule is WORKING-DAYS-N with N from 1 to 365, e.g. WORKING-DAYS-20.',
  }),
]);

export function deadlineTerm(rule: string): DeadlineTerm {
  const workingDays = workingDaysOf(rule);
  const term = workingDays === null ? fixedTerms.get(rule) : { unit: 'working-days' as const, amount: workingDays };
  if (!term) {
    throw new BadInput(`'${rule}' is not a deadline rule: use one of ${deadlineRuleNames.join(', ')} or WORKING-DAYS-N (1 to 365).`, [
      { path: 'rule', message: 'unknown deadline rule' },
    ]);
  }
  return term;
}
