import type { RecordedEvent } from '../../schema/envelope.js';
import { isDomainEvent, type DomainEvent } from '../../schema/events/catalogue.js';
import { streamOfDispute } from '../dispute-view.js';
import { perEvent, type Projection, type ReadModelDb } from '../projection.js';
import { foldPolish } from './fold-polish.js';
import { searchTables } from './search-tables.js';
import type { PersonalText } from '../../schema/events/sealed-data.js';
import { openText } from '../../services/privacy/case-text.js';
import { caseTextSubject } from '../../schema/streams.js';
import type { PersonalDataVault } from '../../services/privacy/personal-data-vault.js';

export const searchFields = ['DESCRIPTION', 'EXPLANATION', 'DECISION'] as const;
export type SearchField = (typeof searchFields)[number];

/**
 * The searchable text an event adds, if any: free text, sealed in the events with the case's key and opened here,
 * since a full-text index needs the words. It may well name the complainant or others, so the index is cleared of a
 * dispute's texts once one of its persons is erased (GDPR art. 17), and takes none of its later texts; a replay
 * after the erasure finds them sealed with a deleted key, and indexes nothing.
 */
const searchedTypes: ReadonlySet<string> = new Set(['ComplaintReceived', 'ExplanationGiven', 'ComplaintDecided']);

function documentOf(event: DomainEvent, open: (text: PersonalText) => string | null): { field: SearchField; text: string } | null {
  const joined = (texts: (PersonalText | null)[]) => {
    const opened = texts.filter((t) => t !== null).map(open);
    return opened.includes(null) || opened.length === 0 ? null : opened.join('\n');
  };
  const doc = (field: SearchField, texts: (PersonalText | null)[]) => {
    const text = joined(texts);
    return text === null ? null : { field, text };
  };
  switch (event.type) {
    case 'ComplaintReceived':
      return doc('DESCRIPTION', [event.data.description]);
    case 'ExplanationGiven':
      return doc('EXPLANATION', [event.data.explanation, event.data.reasons]);
    case 'ComplaintDecided':
      return doc('DECISION', [event.data.factualGrounds, ...event.data.remedies]);
    default:
      return null;
  }
}

/** The persons (subject ids) an event makes part of a dispute: its complainant, the parties of its mediations. */
function subjectsOf(event: RecordedEvent<DomainEvent>): { disputeId: string; subjectIds: string[] } | null {
  switch (event.type) {
    case 'ComplaintReceived': {
      const disputeId = streamOfDispute(event);
      // An anonymous complaint's text has a key of the case's own: erasing it clears the index too.
      return disputeId === null ? null : { disputeId, subjectIds: [caseTextSubject(disputeId, event.data.complainant?.subjectId ?? null)] };
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
export const searchProjection: Projection = {
  name: 'search',
  handles: new Set([...searchedTypes, 'MediationProposed', 'SubjectDataErased']),
  ...searchTables,
  open: (db, { vault }) => applySearch(db, vault),
};

function applySearch(db: ReadModelDb, vault: PersonalDataVault) {
  const addDocument = db.prepare('INSERT INTO search_documents (position, dispute_id, field, at, text) VALUES (?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO search_index (rowid, text, field) VALUES (?, ?, ?)');
  const addSubject = db.prepare('INSERT OR IGNORE INTO search_subjects (dispute_id, subject_id) VALUES (?, ?)');
  const hasErased = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM search_subjects WHERE dispute_id = ? AND erased = 1 LIMIT 1',
  );
  const markErased = db.prepare('UPDATE search_subjects SET erased = 1 WHERE subject_id = ?');
  const documentsOfSubject = db.prepare<[string], { position: number; field: string; text: string }>(`
    SELECT d.position, d.field, d.text FROM search_documents d
    WHERE d.dispute_id IN (SELECT dispute_id FROM search_subjects WHERE subject_id = ?)`);
  // External content: the index holds the folded text, so it is told exactly what to forget ('delete' with the
  // values it was given), then the document itself goes.
  const unindex = db.prepare("INSERT INTO search_index (search_index, rowid, text, field) VALUES ('delete', ?, ?, ?)");
  const removeDocument = db.prepare('DELETE FROM search_documents WHERE position = ?');

  return perEvent((event: RecordedEvent) => {
    if (!isDomainEvent(event)) return;
    if (event.type === 'SubjectDataErased') {
      markErased.run(event.data.subjectId);
      for (const doc of documentsOfSubject.all(event.data.subjectId)) {
        unindex.run(doc.position, foldPolish(doc.text), doc.field);
        removeDocument.run(doc.position);
      }
      return;
    }
    const persons = subjectsOf(event);
    if (persons !== null) for (const subjectId of persons.subjectIds) addSubject.run(persons.disputeId, subjectId);
    const disputeId = streamOfDispute(event);
    if (disputeId === null || !searchedTypes.has(event.type) || hasErased.get(disputeId) !== undefined) return;
    const doc = documentOf(event, (text) => openText(vault, text));
    if (doc === null) return;
    addDocument.run(event.position, disputeId, doc.field, event.metadata.occurredAt, doc.text);
    index.run(event.position, foldPolish(doc.text), doc.field);
  });
}
