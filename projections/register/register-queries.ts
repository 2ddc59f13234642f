import { SealedPersonSchema, type ComplaintSubject, type Competence } from '../../schema/events/complaint-events.js';
import { BadInput } from '../../services/errors.js';
import type { ReadModelDb } from '../read-model-db.js';
import type { Settlement } from './register-projection.js';

export interface RegisterEntry {
  disputeId: string;
  number: string;
  receivedAt: string;
  /** Sealed with the subject's key: opened per request, only for roles that may read it. */
  complainant: { subjectId: string; sealed: string } | null;
  category: string;
  /** KPA art. 227, as the last classification recorded it; empty when not stated. */
  subjects: ComplaintSubject[];
  /** KPA art. 229, as the last classification recorded it (null when not stated), and the body named when another one. */
  competence: Competence | null;
  competentBody: string | null;
  /** The assignee, or whoever settled it when no one was assigned. */
  handledBy: string | null;
  settlement: Settlement | null;
  settledAt: string | null;
}

/** More than a large office receives in a year: a bigger request is a mistake, not a register. */
export const MAX_REGISTER_ROWS = 10_000;

export type RegisterQueries = ReturnType<typeof createRegisterQueries>;

export function createRegisterQueries(db: ReadModelDb) {
  const between = db.prepare<
    { from: number; to: number; limit: number },
    Omit<RegisterEntry, 'complainant' | 'subjects' | 'competence' | 'competentBody'> & {
      complainant: string | null;
      subjects: string | null;
      competence: string | null;
    }
  >(`
    SELECT r.dispute_id AS disputeId, r.number, r.received_at AS receivedAt, json_extract(d.doc, '$.complainant') AS complainant,
      json_extract(d.doc, '$.subjects') AS subjects, json_extract(d.doc, '$.domain.competence') AS competence,
      r.category, coalesce(r.assignee, r.settled_by) AS handledBy, r.settlement, r.settled_at AS settledAt
    FROM register r LEFT JOIN disputes d ON d.id = r.dispute_id
    WHERE r.received_ms >= @from AND r.received_ms < @to ORDER BY r.year, r.seq LIMIT @limit`);

  /** Complaints received in [from, to), in register order. */
  return function entries(from: Date, to: Date): RegisterEntry[] {
    const rows = between.all({ from: from.getTime(), to: to.getTime(), limit: MAX_REGISTER_ROWS + 1 });
    if (rows.length > MAX_REGISTER_ROWS) {
      throw new BadInput(`The period holds more than ${MAX_REGISTER_ROWS} complaints: ask for a shorter one (e.g. a quarter).`, [
        { path: 'to', message: 'period too long' },
      ]);
    }
    return rows.map(({ subjects, competence, ...r }) => ({
      ...r,
      complainant: r.complainant === null ? null : SealedPersonSchema.parse(JSON.parse(r.complainant)),
      subjects: subjects === null ? [] : (JSON.parse(subjects) as ComplaintSubject[]),
      ...competenceOf(competence),
    }));
  };
}

function competenceOf(stored: string | null): Pick<RegisterEntry, 'competence' | 'competentBody'> {
  if (stored === null) return { competence: null, competentBody: null };
  const { here, body } = JSON.parse(stored) as { here: boolean; body: string | null };
  return here ? { competence: 'THIS_OFFICE', competentBody: null } : { competence: 'OTHER_BODY', competentBody: body };
}

/** A complaint's number in the register (e.g. S/2025/0001), which letters to the complainant quote; null if not registered. */
export function createRegisterNumberQuery(db: ReadModelDb): (disputeId: string) => string | null {
  const numberOf = db.prepare<[string], { number: string }>('SELECT number FROM register WHERE dispute_id = ?');
  return (disputeId) => numberOf.get(disputeId)?.number ?? null;
}
