import { describe, expect, it } from 'vitest';
import {
  DeadlineRuleNameSchema,
  computeDeadline,
  createCalendar,
  deadlineRuleNames,
  deadlineTerm,
  isDeadlineRuleName,
  type DeadlineRuleName,
} from '../../../services/domain/deadlines/index.js';

const accepted = [
  ...deadlineRuleNames.map((name) => ({ name, value: name })),
  { name: 'smallest working-days rule', value: 'WORKING-DAYS-1' },
  { name: 'SPSO frontline stage', value: 'WORKING-DAYS-5' },
  { name: 'SPSO investigation stage', value: 'WORKING-DAYS-20' },
  { name: 'largest working-days rule', value: 'WORKING-DAYS-365' },
];

const rejected = [
  { name: 'zero working days', value: 'WORKING-DAYS-0' },
  { name: 'more than a year of working days', value: 'WORKING-DAYS-366' },
  { name: 'leading zero (names are compared as strings)', value: 'WORKING-DAYS-05' },
  { name: 'fraction', value: 'WORKING-DAYS-1.5' },
  { name: 'negative', value: 'WORKING-DAYS--3' },
  { name: 'no number', value: 'WORKING-DAYS-' },
  { name: 'lower case', value: 'working-days-5' },
  { name: 'misspelt KPA rule', value: 'KPA-237-1-months' },
  { name: 'surrounding space', value: ' KPA-237-1-month' },
  { name: 'empty', value: '' },
];

describe('deadline rule names', () => {
  it('lists the nine named rules', () => {
    expect([...deadlineRuleNames].sort()).toEqual([
      'KPA-231-forward-7-days',
      'KPA-237-1-month',
      'KPA-237-2-mp-14-days',
      'KPA-244-1-month',
      'KPA-44-presumed-delivery-14-days',
      'KPA-96b-consent-14-days',
      'KPA-96e-extension-1-month',
      'KPA-96e-mediation-2-months',
      'SUPPLEMENT-7-days',
    ]);
  });

  it.each(accepted)('accepts $name ($value)', ({ value }) => {
    expect(DeadlineRuleNameSchema.safeParse(value).success).toBe(true);
    expect(isDeadlineRuleName(value)).toBe(true);
  });

  it.each(rejected)('rejects $name ($value)', ({ value }) => {
    expect(DeadlineRuleNameSchema.safeParse(value).success).toBe(false);
    expect(isDeadlineRuleName(value)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    for (const value of [5, null, undefined, {}]) expect(DeadlineRuleNameSchema.safeParse(value).success).toBe(false);
  });

  it('refuses to compute with a rule outside the schema, naming the valid ones', () => {
    expect(() => computeDeadline('2025-03-03T10:00:00+01:00', 'WORKING-DAYS-0' as DeadlineRuleName, createCalendar())).toThrow(
      /WORKING-DAYS-N/,
    );
  });

  it.each([
    { name: 'the answer (art. 237 §1)', rule: 'KPA-237-1-month', term: { unit: 'months', amount: 1 } },
    { name: 'forwarding (art. 231)', rule: 'KPA-231-forward-7-days', term: { unit: 'days', amount: 7 } },
    { name: 'supplement (2002 regulation §8)', rule: 'SUPPLEMENT-7-days', term: { unit: 'days', amount: 7 } },
    { name: 'informing the MP (art. 237 §2)', rule: 'KPA-237-2-mp-14-days', term: { unit: 'days', amount: 14 } },
    { name: 'mediation consent (art. 96b)', rule: 'KPA-96b-consent-14-days', term: { unit: 'days', amount: 14 } },
    { name: 'mediation postponement (art. 96e)', rule: 'KPA-96e-mediation-2-months', term: { unit: 'months', amount: 2 } },
    { name: 'mediation extension (art. 96e)', rule: 'KPA-96e-extension-1-month', term: { unit: 'months', amount: 1 } },
    { name: '20 working days', rule: 'WORKING-DAYS-20', term: { unit: 'working-days', amount: 20 } },
  ] as const)('$name runs $term.amount $term.unit', ({ rule, term }) => {
    expect(deadlineTerm(rule)).toEqual(term);
  });
});
