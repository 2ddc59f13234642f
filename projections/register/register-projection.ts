import type { RecordedEvent } from '../../schema/envelope.js';
import { isDomainEvent, type EventType } from '../../schema/events/catalogue.js';
import { outcomes } from '../../schema/common.js';
import { warsawDate } from '../../services/domain/deadlines/index.js';
import { streamOfDispute } from '../dispute-view.js';
import { perEvent, type Projection, type ReadModelDb } from '../projection.js';
import { registerTables } from './register-tables.js';

/** How a complaint was settled: a decision on the merits, or one of the ways it ends without one. */
export const settlements = [
  ...outcomes,
  'PRIOR_POSITION_KEPT',
  'FORWARDED',
  'COMPETENT_BODY_INDICATED',
  'TREATED_IN_PROCEEDINGS',
  'LEFT_UNEXAMINED',
  'WITHDRAWN',
  'REQUEST_ANSWERED',
] as const;
export type Settlement = (typeof settlements)[number];

/** 'S/2025/0001': S for skarga, the year of receipt, the place in that year's register. */
export const registerNumber = (year: number, seq: number) => `S/${year}/${String(seq).padStart(4, '0')}`;

/**
 * Numbers complaints in the order their receipts were recorded, per Warsaw year of receipt. The global event
 * order is the same on every replay, so a rebuild gives every complaint the number it had.
 */
export const registerProjection: Projection = {
  name: 'register',
  handles: new Set([
    'ComplaintReceived',
    'ComplaintClassified',
    'ComplaintAssigned',
    'ComplaintDecided',
    'RequestAnswered',
    'PriorPositionKept',
    'ComplaintForwarded',
    'ComplaintTreatedInProceedings',
    'ComplaintLeftUnexamined',
    'ComplaintWithdrawn',
    'ComplaintReopened',
  ] satisfies EventType[]),
  ...registerTables,
  open: (db) => applyRegister(db),
};

function applyRegister(db: ReadModelDb) {
  const nextSeq = db.prepare<[number], { seq: number }>('SELECT coalesce(max(seq), 0) + 1 AS seq FROM register WHERE year = ?');
  // The complainant, sealed, is read from the dispute's own document (register-queries.ts), not kept twice.
  const insert = db.prepare(`INSERT INTO register (dispute_id, year, seq, number, received_at, received_ms, category)
    VALUES (@id, @year, @seq, @number, @receivedAt, @receivedMs, @category)`);
  const classify = db.prepare('UPDATE register SET category = ? WHERE dispute_id = ?');
  const assign = db.prepare('UPDATE register SET assignee = ? WHERE dispute_id = ?');
  const settle = db.prepare('UPDATE register SET settlement = ?, settled_at = ?, settled_by = ? WHERE dispute_id = ?');

  return perEvent((e: RecordedEvent) => {
    const id = streamOfDispute(e);
    if (id === null || !isDomainEvent(e)) return;
    const at = e.metadata.occurredAt;
    const by = e.metadata.actor.name;
    switch (e.type) {
      case 'ComplaintReceived': {
        const year = Number(warsawDate(e.data.receivedAt).slice(0, 4));
        const seq = nextSeq.get(year)!.seq;
        insert.run({
          id,
          year,
          seq,
          number: registerNumber(year, seq),
          receivedAt: e.data.receivedAt,
          receivedMs: Date.parse(e.data.receivedAt),
          category: e.data.category,
        });
        return;
      }
      case 'ComplaintClassified':
        return void classify.run(e.data.category, id);
      case 'ComplaintAssigned':
        return void assign.run(e.data.assigneeName, id);
      // A decision is answered for by its signer (KPA art. 238 § 1); other endings by whoever recorded them.
      case 'ComplaintDecided':
        return void settle.run(e.data.outcome, e.data.decidedAt, e.data.signer.name, id);
      // KPA art. 244: a request's answer, signed like a complaint's.
      case 'RequestAnswered':
        return void settle.run('REQUEST_ANSWERED', e.data.answeredAt, e.data.signer.name, id);
      case 'PriorPositionKept':
        return void settle.run('PRIOR_POSITION_KEPT', at, e.data.signer.name, id);
      case 'ComplaintForwarded':
        return void settle.run(e.data.mode === 'INDICATED' ? 'COMPETENT_BODY_INDICATED' : 'FORWARDED', at, by, id);
      case 'ComplaintTreatedInProceedings':
        return void settle.run('TREATED_IN_PROCEEDINGS', at, by, id);
      case 'ComplaintLeftUnexamined':
        return void settle.run('LEFT_UNEXAMINED', at, by, id);
      case 'ComplaintWithdrawn':
        return void settle.run('WITHDRAWN', at, by, id);
      case 'ComplaintReopened':
        return void settle.run(null, null, null, id);
      default:
        return;
    }
  });
}
