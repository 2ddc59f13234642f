import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one HTTP request learns about itself on its way through the layers, for its log line and its metrics: the
 * operation GraphQL resolved, how it ended, and how many times a command was decided again after a concurrent
 * write. Kept in AsyncLocalStorage so the command layer can count a retry without knowing about HTTP.
 */
export interface RequestScope {
  requestId: string;
  /** `query dispute`, `mutation receiveComplaint`…: root field names, which the schema bounds (never the client's operation name). */
  operation?: string;
  /** `ok` or the first error code of the answer. */
  outcome?: string;
  /** Each mutation field's outcome, by field name. */
  commands?: { type: string; outcome: string }[];
  retries: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequestScope = <T>(scope: RequestScope, work: () => T): T => storage.run(scope, work);

export const currentRequest = (): RequestScope | undefined => storage.getStore();

/** A command lost a race with a concurrent write and is decided again on the new state. */
export function noteCommandRetry(): void {
  const scope = storage.getStore();
  if (scope) scope.retries++;
}
