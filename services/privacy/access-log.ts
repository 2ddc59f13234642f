import type { Role } from '../../schema/envelope.js';
import { openSharedSqliteFile } from '../store/open-sqlite-database.js';
import { unavailableIfStorageFailed } from '../store/storage-failure.js';

/**
 * Accountability (GDPR art. 5(2), art. 30): every time a person's data leaves the server in clear, who read whose
 * data, when, through which operation. It names subjects by id only, never their data, so it can be kept after an
 * erasure and still answer a subject access request (art. 15(1)(c): to whom the data were disclosed).
 */
export const personalDataKinds = [
  'complainant',
  'on-behalf-of',
  'accessibility-needs',
  'conversation-participants',
  'mediation-party',
  'register-name',
  'equality-answers',
  'subject-access-request',
] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

export interface AccessRecord {
  at: string;
  userId: string;
  role: Role;
  subjectId: string;
  operation: string;
  data: PersonalDataKind;
}

export interface AccessLogQuery {
  subjectId?: string;
  userId?: string;
  from?: string;
  to?: string;
  first: number;
}

export interface AccessLog {
  record(entries: readonly AccessRecord[]): void;
  /** Newest first. */
  find(query: AccessLogQuery): AccessRecord[];
  close(): void;
}

export function createSqliteAccessLog({ file }: { file: string }): AccessLog {
  // The log is evidence: a read answered must stay recorded through a crash (FULL sync).
  const db = openSharedSqliteFile(file);
  db.exec(`
    CREATE TABLE IF NOT EXISTS access_log (
      id INTEGER PRIMARY KEY,
      at_ms INTEGER NOT NULL,
      at TEXT NOT NULL,
      user_id TEXT NOT NULL,
      role TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      operation TEXT NOT NULL,
      data TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS access_log_subject ON access_log (subject_id, at_ms);
    CREATE INDEX IF NOT EXISTS access_log_user ON access_log (user_id, at_ms);
    CREATE INDEX IF NOT EXISTS access_log_at ON access_log (at_ms);
  `);
  const insert = db.prepare('INSERT INTO access_log (at_ms, at, user_id, role, subject_id, operation, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const recordAll = db.transaction((entries: readonly AccessRecord[]) => {
    for (const e of entries) insert.run(Date.parse(e.at), e.at, e.userId, e.role, e.subjectId, e.operation, e.data);
  });
  const select = db.prepare<
    Record<string, string | number | null>,
    { at: string; user_id: string; role: Role; subject_id: string; operation: string; data: PersonalDataKind }
  >(`
    SELECT at, user_id, role, subject_id, operation, data FROM access_log
    WHERE (@subjectId IS NULL OR subject_id = @subjectId) AND (@userId IS NULL OR user_id = @userId)
      AND (@fromMs IS NULL OR at_ms >= @fromMs) AND (@toMs IS NULL OR at_ms < @toMs)
    ORDER BY at_ms DESC, id DESC LIMIT @first`);
  return {
    record(entries) {
      if (entries.length === 0) return;
      // Data that cannot be recorded as shown is not shown (GDPR art. 5(2)): the read is refused as UNAVAILABLE.
      try {
        recordAll(entries);
      } catch (error) {
        throw unavailableIfStorageFailed(error, 'to the access log');
      }
    },
    find: ({ subjectId, userId, from, to, first }) =>
      select
        .all({
          subjectId: subjectId ?? null,
          userId: userId ?? null,
          fromMs: from ? Date.parse(from) : null,
          toMs: to ? Date.parse(to) : null,
          first,
        })
        .map((r) => ({ at: r.at, userId: r.user_id, role: r.role, subjectId: r.subject_id, operation: r.operation, data: r.data })),
    close: () => db.close(),
  };
}
