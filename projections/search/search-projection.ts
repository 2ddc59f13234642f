import type { RecordedEvent } from '../../schema/envelope.js';
import type { DomainEvent } from '../../schema/events/catalogue.js';
import { streamOfDispute } from '../dispute-view.js';
import type { ReadModelDb } from '../read-model-db.js';
import { perEvent, type Projection } from '../runner.js';
import { foldPolish } from './fold-polish.js';

export const searchFields = ['DESCRIPTION', 'EXPLANATION', 'DECISION'] as const;
export type SearchField = (typeof searchFields)[number];

/**
 * The searchable text an event adds, if any. The persons' own data (names, contact, address) is sealed in the
 * events and never indexed, but this prose is staff's and the complainant's free text, stored and indexed in clear:
 * it may well name the complainant or others. So the index is cleared of a dispute's texts once one of its persons
 * is erased (GDPR art. 17), and takes none of its later texts.
 */
function documentOf(event: DomainEvent): { field: SearchField; text: string } | null {
  switch (event.type) {
    case 'ComplaintReceived':
      return { field: 'DESCRIPTION', text: event.data.description };
    case 'ExplanationGiven':
      return { field: 'EXPLANATION', text: `${event.data.explanation}\n${event.data.reasons}` };
    case 'ComplaintDecided': {
      const text = [event.data.factualGrounds, ...event.data.remedies].filter((t) => t).join('\n');
      return text ? { field: 'DECISION', text } : null;
    }
    default:
      return null;
  }
}

/** The persons (subject ids) an event makes part of a dispute: its complainant, the parties of its mediations. */
function subjectsOf(recorded: RecordedEvent, event: DomainEvent): { disputeId: string; subjectIds: string[] } | null {
  switch (event.type) {
    case 'ComplaintReceived': {
      const disputeId = streamOfDispute(recorded);
      const subjectId = event.data.complainant?.subjectId;
      return disputeId === null || subjectId === undefined ? null : { disputeId, subjectIds: [subjectId] };
    }
    case 'MediationProposed':
      return { disputeId: event.data.complaintId, subjectIds: event.data.parties.map((p) => p.person.subjectId) };
    default:
      return null;
  }
}

/**
 * One search document per event, keyed by its global position, written in the runner's transaction. On
 * `SubjectDataErased` every document of that person's disputes leaves the index and the table.
 */
export function createSearchProjection(db: ReadModelDb): Projection {
  const addDocument = db.prepare('INSERT INTO search_documents (position, dispute_id, field, at, text) VALUES (?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO search_index (rowid, text, field) VALUES (?, ?, ?)');
  const addSubject = db.prepare('INSERT OR IGNORE INTO search_subjects (dispute_id, subject_id) VALUES (?, ?)');
  const hasErased = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM search_subjects WHERE dispute_id = ? AND erased = 1 LIMIT 1');
  const markErased = db.prepare('UPDATE search_subjects SET erased = 1 WHERE subject_id = ?');
  const documentsOfSubject = db.prepare<[string], { position: number; field: string; text: string }>(`
    SELECT d.position, d.field, d.text FROM search_documents d
    WHERE d.dispute_id IN (SELECT dispute_id FROM search_subjects WHERE subject_id = ?)`);
  // External content: the index holds the folded text, so it is told exactly what to forget ('delete' with the
  // values it was given), then the document itself goes.
  const unindex = db.prepare("INSERT INTO search_index (search_index, rowid, text, field) VALUES ('delete', ?, ?, ?)");
  const removeDocument = db.prepare('DELETE FROM search_documents WHERE position = ?');

  return perEvent('search', (recorded: RecordedEvent) => {
    const event = recorded as unknown as DomainEvent;
    if (event.type === 'SubjectDataErased') {
      markErased.run(event.data.subjectId);
      for (const doc of documentsOfSubject.all(event.data.subjectId)) {
        unindex.run(doc.position, foldPolish(doc.text), doc.field);
        removeDocument.run(doc.position);
      }
      return;
    }
    const persons = subjectsOf(recorded, event);
    if (persons !== null) for (const subjectId of persons.subjectIds) addSubject.run(persons.disputeId, subjectId);
    const disputeId = streamOfDispute(recorded);
    const doc = disputeId === null ? null : documentOf(event);
    if (disputeId === null || doc === null || hasErased.get(disputeId) !== undefined) return;
    addDocument.run(recorded.position, disputeId, doc.field, recorded.metadata.occurredAt, doc.text);
    index.run(recorded.position, foldPolish(doc.text), doc.field);
  });
}
