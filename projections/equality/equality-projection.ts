import type { RecordedEvent } from '../../schema/envelope.js';
import { isDomainEvent, type EventType } from '../../schema/events/catalogue.js';
import { perEvent, type Projection, type ReadModelDb } from '../projection.js';
import { equalityTables } from './equality-tables.js';

/** Keeps the equality references of each case and the erasures, from the people's privacy streams. */
export const equalityProjection: Projection = {
  name: 'equality',
  handles: new Set(['EqualityDataRecorded', 'EqualityConsentWithdrawn', 'SubjectDataErased'] satisfies EventType[]),
  ...equalityTables,
  open: (db) => applyEquality(db),
};

function applyEquality(db: ReadModelDb) {
  const record = db.prepare('INSERT INTO equality_records (dispute_id, subject_id, recorded_ms, sealed_answers) VALUES (?, ?, ?, ?)');
  const withdrawCase = db.prepare('UPDATE equality_records SET withdrawn_ms = ? WHERE dispute_id = ? AND withdrawn_ms IS NULL');
  const withdrawAll = db.prepare('UPDATE equality_records SET withdrawn_ms = ? WHERE subject_id = ? AND withdrawn_ms IS NULL');
  // The sealed text is unreadable once the key is gone; dropping it too leaves nothing to decrypt were a key ever restored.
  const forget = db.prepare('UPDATE equality_records SET sealed_answers = NULL WHERE subject_id = ?');
  const erased = db.prepare('INSERT OR IGNORE INTO subject_erasures (subject_id, erased_at) VALUES (?, ?)');

  return perEvent((e: RecordedEvent) => {
    if (!isDomainEvent(e)) return;
    const at = Date.parse(e.metadata.occurredAt);
    switch (e.type) {
      case 'EqualityDataRecorded':
        record.run(e.data.disputeId, e.data.subjectId, at, e.data.sealedAnswers);
        return;
      case 'EqualityConsentWithdrawn':
        if (e.data.disputeId === null) withdrawAll.run(at, e.data.subjectId);
        else withdrawCase.run(at, e.data.disputeId);
        return;
      case 'SubjectDataErased':
        forget.run(e.data.subjectId);
        erased.run(e.data.subjectId, e.data.erasedAt);
        return;
      default:
        return;
    }
  });
}
