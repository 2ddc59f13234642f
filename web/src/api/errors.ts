import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { formatDateTime } from '../format/dates';

/** What the API says went wrong, in the shape every form shows: per field where the API names one. */
export interface ApiProblem {
  code: string;
  message: string;
  rule?: string;
  /** Why, where the code has several causes (THROTTLED: too many failed sign-ins). */
  reason?: string;
  /** When to try again (a pause after failed sign-ins, a rate limit). */
  retryAt?: string;
  fields: InvalidField[];
}

/** One field the API refused: `code` (zod's issue code) and its bound let the app say it in the reader's language. */
export interface InvalidField {
  path: string;
  message: string;
  code?: string;
  minimum?: number;
  maximum?: number;
}

export function problemOf(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', message: error.networkError?.message ?? error.message, fields: [] };
  const ext = first.extensions as { code?: string; rule?: string; reason?: string; retryAt?: string; fields?: InvalidField[] };
  return {
    code: ext.code ?? 'INTERNAL',
    message: first.message,
    rule: ext.rule,
    reason: ext.reason,
    retryAt: ext.retryAt,
    fields: ext.fields ?? [],
  };
}

/**
 * What to tell the reader, in their language: the text for the error's code, with the moment to try again where the
 * API gives one. `fallback`: for a code the app has no text for (the API's English message by default).
 */
export function problemMessage(problem: ApiProblem, t: TFunction, lng: string, fallback = problem.message): string {
  const time = problem.retryAt ? formatDateTime(problem.retryAt, lng) : undefined;
  if (problem.reason === 'THROTTLED') return t('signIn.throttled', { time });
  return t(`error.${problem.code}`, { message: problem.message, time, defaultValue: fallback });
}
