import type { Actor, RecordedEvent } from '../schema/envelope.js';
import type { DomainEvent } from '../schema/events/catalogue.js';
import { complaintStream } from '../services/commands/ids.js';
import type { EventStore } from '../services/store/event-store.js';
import { type DisputeView, evolveDisputeView, isOverdue } from './dispute-view.js';
import type { ReadModelDb } from './read-model-db.js';

export interface TimelineRecord {
  position: bigint;
  at: string;
  actor: Actor;
  event: DomainEvent;
}

/** A dispute as of a moment: the view, its timeline, and the moment lateness is measured at. */
export interface DisputeSnapshot {
  view: DisputeView;
  timeline: TimelineRecord[];
  at: Date;
  overdue: boolean;
}

export interface DisputeFilter {
  status?: string[] | null;
  category?: string | null;
  unit?: string | null;
  assigneeId?: string | null;
  channel?: string | null;
  overdue?: boolean | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
}

export interface DisputePage {
  items: DisputeView[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export const cursorOf = (v: { receivedAt: string; id: string }) => Buffer.from(`${Date.parse(v.receivedAt)}|${v.id}`).toString('base64url');

export function decodeCursor(cursor: string): { receivedMs: number; id: string } | null {
  const [ms, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return ms && id && /^\d+$/.test(ms) ? { receivedMs: Number(ms), id } : null;
}

export type DisputeQueries = ReturnType<typeof createDisputeQueries>;

export function createDisputeQueries(db: ReadModelDb, store: EventStore, clock: () => Date) {
  const byId = db.prepare<[string], { doc: string }>('SELECT doc FROM disputes WHERE id = ?');
  const timelineOf = db.prepare<[string], { position: number | bigint; at: string; kind: string; actor: string; data: string }>(
    'SELECT position, at, kind, actor, data FROM timeline WHERE dispute_id = ? ORDER BY position',
  );

  const timeline = (id: string): TimelineRecord[] =>
    timelineOf.all(id).map((r) => ({
      position: BigInt(r.position),
      at: r.at,
      actor: JSON.parse(r.actor) as Actor,
      event: { type: r.kind, data: JSON.parse(r.data) } as DomainEvent,
    }));

  /** A projected dispute with its timeline, lateness measured now. */
  function snapshotOf(view: DisputeView): DisputeSnapshot {
    const at = clock();
    return { view, timeline: timeline(view.id), at, overdue: isOverdue(view, at) };
  }

  function current(id: string): DisputeSnapshot | null {
    const row = byId.get(id);
    return row ? snapshotOf(JSON.parse(row.doc) as DisputeView) : null;
  }

  /** What was known at `asOf`: the dispute's own events up to that moment, folded by the same function. */
  async function asOf(id: string, moment: Date): Promise<DisputeSnapshot | null> {
    const events = (await store.readStream(complaintStream(id))).filter((e) => Date.parse(e.metadata.occurredAt) <= moment.getTime());
    const view = events.reduce<DisputeView | null>(evolveDisputeView, null);
    if (view === null) return null;
    return { view, timeline: events.map(toRecord), at: moment, overdue: isOverdue(view, moment) };
  }

  function list(filter: DisputeFilter, first: number, after: string | null): DisputePage {
    const where: string[] = [];
    const params: Record<string, unknown> = { now: clock().getTime() };
    if (filter.status?.length) {
      where.push(`status IN (${filter.status.map((_, i) => `@status${i}`).join(', ')})`);
      filter.status.forEach((s, i) => (params[`status${i}`] = s));
    }
    const eq = { category: 'category', unit: 'unit', assigneeId: 'assignee_id', channel: 'channel' } as const;
    for (const [key, column] of Object.entries(eq) as [keyof typeof eq, string][]) {
      if (filter[key] != null) {
        where.push(`${column} = @${key}`);
        params[key] = filter[key];
      }
    }
    if (filter.overdue != null) where.push(filter.overdue ? 'is_open = 1 AND due_ms < @now' : 'NOT (is_open = 1 AND due_ms < @now)');
    if (filter.receivedFrom) (where.push('received_ms >= @from'), (params.from = Date.parse(filter.receivedFrom)));
    if (filter.receivedTo) (where.push('received_ms < @to'), (params.to = Date.parse(filter.receivedTo)));
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const totalCount = (db.prepare(`SELECT count(*) AS n FROM disputes ${filtered}`).get(params) as { n: number }).n;

    // Keyset pagination on (received, id): new complaints arriving meanwhile never shift a page already handed out.
    const page = [...where];
    const cursor = after ? decodeCursor(after) : null;
    if (cursor) {
      page.push('(received_ms < @cMs OR (received_ms = @cMs AND id < @cId))');
      params.cMs = cursor.receivedMs;
      params.cId = cursor.id;
    }
    const rows = db
      .prepare(`SELECT doc FROM disputes ${page.length ? `WHERE ${page.join(' AND ')}` : ''} ORDER BY received_ms DESC, id DESC LIMIT @limit`)
      .all({ ...params, limit: first + 1 }) as { doc: string }[];
    const items = rows.slice(0, first).map((r) => JSON.parse(r.doc) as DisputeView);
    const last = items[items.length - 1];
    return { items, endCursor: last ? cursorOf(last) : null, hasNextPage: rows.length > first, totalCount };
  }

  return { current, asOf, list, snapshotOf };
}

const toRecord = (e: RecordedEvent): TimelineRecord => ({
  position: e.position,
  at: e.metadata.occurredAt,
  actor: e.metadata.actor,
  event: { type: e.type, data: e.data } as DomainEvent,
});
