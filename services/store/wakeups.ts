export interface Wakeups {
  /** Wakes every waiter now: this process has just appended (or is closing). */
  notify(): void;
  /** Resolves on the next notify, after `pollIntervalMs` (another process may have appended), or on abort. */
  wait(signal?: AbortSignal): Promise<void>;
}

export function createWakeups(pollIntervalMs: number): Wakeups {
  const waiting = new Set<() => void>();
  return {
    notify() {
      for (const wake of [...waiting]) wake();
    },
    wait(signal) {
      return new Promise((resolve) => {
        if (signal?.aborted) return resolve();
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        const timer = setTimeout(wake, pollIntervalMs);
        waiting.add(wake);
        signal?.addEventListener('abort', wake, { once: true });
      });
    },
  };
}
