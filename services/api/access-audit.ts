import type { Actor } from '../../schema/envelope.js';
import type { AccessLogQuery, AccessRecord, PersonalDataKind } from '../privacy/access-log.js';

/** The access log as the API uses it: reads recorded at the server's clock, once per request and subject and kind. */
export interface AccessAudit {
  /** Record that `actor` is being shown `data` of `subjectId` in clear by this request (`request` keys the dedup). */
  read(request: object, actor: Actor, operation: string, subjectId: string, data: PersonalDataKind): void;
  /**
   * Resolves once every read recorded so far is on disk; rejects if writing them failed. Whatever shows the data
   * awaits it before it answers: a read is never shown unrecorded.
   */
  recorded(): Promise<void>;
  /** Newest first, the reads recorded so far included. */
  find(query: AccessLogQuery): Promise<AccessRecord[]>;
}

/** Where the lines go: `write` resolves once they are on disk (services/privacy/access-log-writer.ts). */
export interface AccessLines {
  write(entries: readonly AccessRecord[]): Promise<void>;
  find(query: AccessLogQuery): AccessRecord[];
}

/**
 * The log is written synchronously to disk (FULL): one write per request made every read of a case wait for its own
 * fsync. Reads are gathered instead and written together once the requests running now have recorded theirs (group
 * commit), each request waiting for the write that holds its lines.
 */
export function createAccessAudit(log: AccessLines, clock: () => Date): AccessAudit {
  // A list of 200 disputes opens the same person once per field: one line per request says it as well.
  const seen = new WeakMap<object, Set<string>>();
  let pending: AccessRecord[] = [];
  let scheduled: Promise<void> | null = null;
  const writing = new Set<Promise<void>>();

  function write(): Promise<void> {
    scheduled ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      const batch = pending;
      pending = [];
      scheduled = null;
      const written = log.write(batch);
      writing.add(written);
      const settled = () => void writing.delete(written);
      written.then(settled, settled);
      return written;
    });
    return scheduled;
  }

  const recorded = async () => {
    if (pending.length > 0) await write();
    await Promise.all([...writing]);
  };

  return {
    read(request, actor, operation, subjectId, data) {
      const already = seen.get(request) ?? new Set<string>();
      seen.set(request, already);
      const key = `${subjectId}\u0000${data}`;
      if (already.has(key)) return;
      already.add(key);
      pending.push({ at: clock().toISOString(), userId: actor.userId, role: actor.role, subjectId, operation, data });
      // Written even if no one waits (a bug elsewhere must not leave reads unrecorded); a failure is then the waiter's.
      write().catch(() => {});
    },
    recorded,
    async find(query) {
      await recorded();
      return log.find(query);
    },
  };
}
