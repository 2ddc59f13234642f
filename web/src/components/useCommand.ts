import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { problemMessage, problemOf } from '../api/errors';
import { ruleMessages } from '../pages/case/rule-messages';

export type FieldErrors = Record<string, string>;

/**
 * One command form's state: what went wrong, in the reader's language, per field where the API or the rule names
 * one, and a summary announced on top. A refused rule is explained from the one table of rule messages (the API's own
 * sentence is English), at the field it names there unless `ruleFields` places it at another of this form's fields.
 */
export function useCommand({ ruleFields = {} }: { ruleFields?: Record<string, string> } = {}) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  /** Shows what the client itself found wrong; true when nothing was. */
  function check(found: FieldErrors): boolean {
    setDone(null);
    setErrors(found);
    setSummary(Object.values(found));
    return Object.keys(found).length === 0;
  }

  /** Reads the API's answer: the success message, or the refusal placed at its field. */
  function settle(error: CombinedError | undefined, success: string): boolean {
    const problem = problemOf(error);
    if (!problem) {
      setErrors({});
      setSummary([]);
      setDone(success);
      return true;
    }
    setDone(null);
    if (problem.code === 'BAD_USER_INPUT' && problem.fields.length > 0) {
      const found = Object.fromEntries(problem.fields.map((f) => [f.path.split('.')[0] ?? '', t('form.invalid')]));
      setErrors(found);
      setSummary([t('error.BAD_USER_INPUT')]);
      return false;
    }
    const rule = problem.code === 'RULE_VIOLATED' && problem.rule ? ruleMessages[problem.rule] : undefined;
    const message = rule ? rule[i18n.language === 'en' ? 'en' : 'pl'] : problemMessage(problem, t, i18n.language);
    const field = problem.rule ? (ruleFields[problem.rule] ?? rule?.field) : undefined;
    setErrors(field ? { [field]: message } : {});
    setSummary([message]);
    return false;
  }

  return { errors, summary, done, check, settle };
}

/** The required text fields left empty, each with the message to show at it, before anything is sent. */
export function missing(values: Record<string, string>, message: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v.trim() === '')
      .map(([k]) => [k, message]),
  );
}
