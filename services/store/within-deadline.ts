/** gRPC's DEADLINE_EXCEEDED status, so the error maps like the client's own deadline errors. */
const DEADLINE_EXCEEDED = 4;

/**
 * Rejects when `work` has not settled within `ms`. The EventStoreDB client's deadline does not cover its first
 * contact with the server (the capability check) nor streaming reads, so a server that accepts connections but never
 * answers would otherwise hold a request forever. `onTimeout` may cancel the work; an append cannot be cancelled and may
 * still complete, which is safe because a retry with the same event ids is idempotent.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => void = () => {}): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: DEADLINE_EXCEEDED }));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // The loser of the race must not surface later as an unhandled rejection.
    work.catch(() => {});
  }
}
