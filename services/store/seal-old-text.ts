import type { DomainEvent, EventType } from '../../schema/events/catalogue.js';
import { currentSchemaVersion } from '../../schema/events/catalogue.js';
import { caseTextSubject, complaintStream, mediationIdOfStream } from '../../schema/streams.js';
import { erasedTextPlaceholder, mapTexts, sealCaseTexts } from '../privacy/case-text.js';
import type { PersonalDataVault } from '../privacy/personal-data-vault.js';
import type { SubjectKeyStore } from '../privacy/subject-key-store.js';
import { openSqliteDatabase } from './open-sqlite-database.js';
import { truncateWal } from './wal-checkpointer.js';

const BATCH = 500;

interface Row {
  position: bigint;
  stream: string;
  type: string;
  data: string;
  metadata: string;
}

export interface SealReport {
  /** Events whose free text is now sealed with their case's key. */
  sealed: number;
  /** Events of a person already erased: their text is replaced by the placeholder every reader was shown. */
  erased: number;
}

/**
 * `npm run migrate-seal`: seals, once and in place, the free text of the events a release before sealing wrote in
 * clear (schema version 1 of each type that has free text), so that erasing a person shreds it like everything else.
 * The one deliberate rewrite of the immutable log (GDPR art. 17): data and schema version change; event ids,
 * positions, revisions and every other field stay. Deleted bytes are zeroed (secure_delete), the file is vacuumed and
 * its WAL truncated, so the clear text is gone from the file too. Run with the server stopped; running it again
 * finds nothing left to seal. The read models hold copies of the old text: rebuild them afterwards.
 */
export function sealOldText(eventsFile: string, keys: SubjectKeyStore, vault: PersonalDataVault): SealReport {
  const db = openSqliteDatabase(eventsFile);
  try {
    db.pragma('secure_delete = ON');
    const types = Object.keys(currentSchemaVersion);
    const oldRows = db.prepare<[string, bigint, number], Row>(`
      SELECT position, stream, type, data, metadata FROM events
      WHERE type IN (SELECT value FROM json_each(?)) AND metadata ->> '$.schemaVersion' = 1 AND position > ?
      ORDER BY position LIMIT ?`);
    const firstOf = db.prepare<[string], { data: string }>('SELECT data FROM events WHERE stream = ? AND revision = 0');
    const rewrite = db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?');

    const subjects = new Map<string, string>();
    /** The case's key: the complainant's, or the case's own (`caseTextSubject`); a mediation's is its complaint's. */
    const subjectOf = (stream: string): string => {
      const known = subjects.get(stream);
      if (known) return known;
      const first = JSON.parse(firstOf.get(stream)!.data) as { complaintId: string; complainant?: { subjectId: string } | null };
      const subject =
        mediationIdOfStream(stream) !== null
          ? subjectOf(complaintStream(first.complaintId))
          : caseTextSubject(first.complaintId, first.complainant?.subjectId ?? null);
      subjects.set(stream, subject);
      return subject;
    };

    const report: SealReport = { sealed: 0, erased: 0 };
    const sealBatch = db.transaction((rows: Row[]) => {
      for (const row of rows) {
        const subjectId = subjectOf(row.stream);
        const event = { type: row.type as EventType, data: JSON.parse(row.data) } as DomainEvent;
        const erased = keys.getKey(subjectId) === null && keys.erasedAt(subjectId) !== null;
        // An erased person's key is gone: nothing can seal their text, and no one may read it again.
        const { data } = erased ? mapTexts(event, () => erasedTextPlaceholder) : sealCaseTexts([event], subjectId, vault)[0]!;
        const metadata = { ...JSON.parse(row.metadata), schemaVersion: currentSchemaVersion[row.type as EventType] };
        rewrite.run(JSON.stringify(data), JSON.stringify(metadata), row.position);
        report[erased ? 'erased' : 'sealed']++;
      }
    });
    for (let after = 0n; ;) {
      const rows = oldRows.all(JSON.stringify(types), after, BATCH);
      if (rows.length === 0) break;
      sealBatch(rows);
      after = rows[rows.length - 1]!.position;
    }
    if (report.sealed + report.erased > 0) {
      // The old rows' pages were zeroed as they were rewritten; VACUUM also drops the free pages, and the WAL that
      // carried both is folded in and emptied.
      truncateWal(db);
      db.exec('VACUUM');
      truncateWal(db);
    }
    return report;
  } finally {
    db.close();
  }
}
