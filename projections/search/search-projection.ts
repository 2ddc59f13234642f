import type { RecordedEvent } from '../../schema/envelope.js';
import type { DomainEvent } from '../../schema/events/catalogue.js';
import { streamOfDispute } from '../dispute-view.js';
import type { ReadModelDb } from '../read-model-db.js';
import { perEvent, type Projection } from '../runner.js';
import { foldPolish } from './fold-polish.js';

export const searchFields = ['DESCRIPTION', 'EXPLANATION', 'DECISION'] as const;
export type SearchField = (typeof searchFields)[number];

/** The searchable text an event adds, if any. Personal data is sealed in events, so none can reach the index. */
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

/** One search document per event, keyed by its global position, written in the runner's transaction. */
export function createSearchProjection(db: ReadModelDb): Projection {
  const addDocument = db.prepare('INSERT INTO search_documents (position, dispute_id, field, at, text) VALUES (?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO search_index (rowid, text, field) VALUES (?, ?, ?)');
  return perEvent('search', (recorded: RecordedEvent) => {
    const disputeId = streamOfDispute(recorded);
    const doc = disputeId === null ? null : documentOf(recorded as unknown as DomainEvent);
    if (disputeId === null || doc === null) return;
    addDocument.run(recorded.position, disputeId, doc.field, recorded.metadata.occurredAt, doc.text);
    index.run(recorded.position, foldPolish(doc.text), doc.field);
  });
}
