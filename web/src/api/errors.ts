import type { CombinedError } from 'urql';

/** What the API says went wrong, in the shape every form shows: per field where the API names one. */
export interface ApiProblem {
  code: string;
  message: string;
  rule?: string;
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
  const ext = first.extensions as { code?: string; rule?: string; fields?: InvalidField[] };
  return { code: ext.code ?? 'INTERNAL', message: first.message, rule: ext.rule, fields: ext.fields ?? [] };
}
