import type { Actor } from '../../schema/envelope.js';
import type { AccessLog, AccessLogQuery, AccessRecord, PersonalDataKind } from '../privacy/access-log.js';

/** The access log as the API uses it: reads recorded at the server's clock, once per request and subject and kind. */
export interface AccessAudit {
  /** Record that `actor` is being shown `data` of `subjectId` in clear by this request (`request` keys the dedup). */
  read(request: object, actor: Actor, operation: string, subjectId: string, data: PersonalDataKind): void;
  find(query: AccessLogQuery): AccessRecord[];
}

export function createAccessAudit(log: AccessLog, clock: () => Date): AccessAudit {
  // A list of 200 disputes opens the same person once per field: one line per request says it as well.
  const seen = new WeakMap<object, Set<string>>();
  return {
    read(request, actor, operation, subjectId, data) {
      const already = seen.get(request) ?? new Set<string>();
      seen.set(request, already);
      const key = `${subjectId}\u0000${data}`;
      if (already.has(key)) return;
      already.add(key);
      log.record([{ at: clock().toISOString(), userId: actor.userId, role: actor.role, subjectId, operation, data }]);
    },
    find: (query) => log.find(query),
  };
}
