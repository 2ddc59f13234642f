import type { CombinedError } from 'urql';

/** What the API says went wrong, in the shape every form shows: per field where the API names one. */
export interface ApiProblem {
  code: string;
  message: string;
  rule?: string;
  fields: { path: string; message: string }[];
}

export function problemOf(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', message: error.networkError?.message ?? error.message, fields: [] };
  const ext = first.extensions as { code?: string; rule?: string; fields?: { path: string; message: string }[] };
  return { code: ext.code ?? 'INTERNAL', message: first.message, rule: ext.rule, fields: ext.fields ?? [] };
}
