import type { TFunction } from 'i18next';
import { type ApiProblem, type InvalidField, problemMessage } from '../../api/errors';
import { ruleMessages } from './rule-messages';

/** A refusal as a form shows it: each message next to the field it concerns, the rest above the form. */
export interface Explained {
  byField: Record<string, string>;
  general: string[];
  /** The page is stale (CONFLICT): offer to reload the case. */
  conflict: boolean;
}

/** The form field a path of the API's input belongs to: `legalBasis.0.act` → `legalBasis`, `signer.name` → itself. */
function fieldOf(path: string, fields: readonly string[]): string | undefined {
  return fields.find((f) => path === f || path.startsWith(`${f}.`));
}

/** A zod issue said in the reader's language, by its code and bound (the API's English message is the last resort). */
export function fieldMessage(field: InvalidField, t: TFunction, isList: boolean): string {
  switch (field.code) {
    case 'too_small':
      return (field.minimum ?? 1) <= 1 ? t('case.validation.required') : t('case.validation.tooShort', { count: field.minimum });
    case 'too_big':
      return t(isList ? 'case.validation.tooMany' : 'case.validation.tooLong', { count: field.maximum });
    case 'invalid_type':
      return t('case.validation.required');
    case 'invalid_value':
      return t('case.validation.choose');
    case 'invalid_format':
      return /email$/i.test(field.path)
        ? t('case.validation.email')
        : /url$/i.test(field.path)
          ? t('case.validation.url')
          : t('case.validation.format');
    case 'custom':
      return /onBehalfOf|accessibilityNeeds/.test(field.path) ? t('case.validation.needsComplainant') : t('case.validation.other');
    default:
      return t('case.validation.other');
  }
}

export function explainProblem(
  problem: ApiProblem,
  t: TFunction,
  language: string,
  fields: readonly string[],
  listFields: ReadonlySet<string> = new Set(),
): Explained {
  const explained: Explained = { byField: {}, general: [], conflict: false };
  const place = (field: string | undefined, message: string) => {
    if (field && !explained.byField[field]) explained.byField[field] = message;
    else if (!field) explained.general.push(message);
  };
  switch (problem.code) {
    case 'BAD_USER_INPUT':
      for (const f of problem.fields) {
        const field = fieldOf(f.path, fields);
        place(field, fieldMessage(f, t, field !== undefined && listFields.has(field)));
      }
      if (problem.fields.length === 0) explained.general.push(t('error.BAD_USER_INPUT'));
      break;
    case 'RULE_VIOLATED': {
      const rule = problem.rule ? ruleMessages[problem.rule] : undefined;
      const message = rule ? (language === 'en' ? rule.en : rule.pl) : t('error.RULE_VIOLATED', { message: problem.message });
      place(rule?.field && fields.includes(rule.field) ? rule.field : undefined, message);
      break;
    }
    case 'CONFLICT':
      explained.conflict = true;
      explained.general.push(t('case.conflict'));
      break;
    default:
      explained.general.push(problemMessage(problem, t, language, t('error.INTERNAL')));
  }
  return explained;
}
