import type { Actor, RecordedEvent } from '../schema/envelope.js';
import { type DomainEvent, isKnownEvent } from '../schema/events/catalogue.js';
import { complaintStream, mediationStream } from '../schema/streams.js';
import { mapTexts, type TextOpener } from '../services/privacy/case-text.js';
import type { EventStore } from '../services/store/event-store.js';
import type { PersonalText } from '../schema/events/sealed-data.js';
import { createLruCache } from '../services/lru-cache.js';
import { withTexts } from './dispute-doc-texts.js';
import { type DisputeView, evolveDisputeView, isOverdue } from './dispute-view.js';
import type { ReadModelDb } from './read-model-db.js';

export interface TimelineRecord {
  position: bigint;
  at: string;
  actor: Actor;
  event: DomainEvent;
  /** A conversation's participants as a pseudonymised reader sees them (set by pseudonymisation only). */
  participants?: readonly string[];
}

/** A dispute as of a moment: the view, its timeline, and the moment lateness is measured at. */
export interface DisputeSnapshot {
  view: DisputeView;
  timeline: TimelineRecord[];
  at: Date;
  overdue: boolean;
}

export type DisputeQueries = ReturnType<typeof createDisputeQueries>;

/** How many disputes are kept parsed between reads. */
const PARSED_DISPUTES = 1_000;

/**
 * Reads disputes for the API with their free text opened (`open`): the read model and the events hold it sealed with
 * the case's key, and every reader is given it through here, so that a person's erasure reaches every copy.
 */
export function createDisputeQueries(db: ReadModelDb, store: EventStore, clock: () => Date, open: TextOpener) {
  const byId = db.prepare<[string], { doc: string }>('SELECT doc FROM disputes WHERE id = ?');
  const timelineOf = db.prepare<[string], { position: number | bigint; at: string; kind: string; actor: string; data: string }>(
    `SELECT t.position, t.at, k.kind, k.actor, t.data FROM timeline t JOIN step_kinds k ON k.key = t.who_what
     WHERE t.dispute_key = (SELECT key FROM disputes WHERE id = ?) ORDER BY t.position`,
  );
  const docsOf = db.prepare<[string], { doc: string }>('SELECT doc FROM disputes WHERE id IN (SELECT value FROM json_each(?))');
  const timelinesOf = db.prepare<
    [string],
    { dispute_id: string; position: number | bigint; at: string; kind: string; actor: string; data: string }
  >(
    `SELECT d.id AS dispute_id, t.position, t.at, k.kind, k.actor, t.data
     FROM disputes d JOIN timeline t ON t.dispute_key = d.key JOIN step_kinds k ON k.key = t.who_what
     WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id, t.position`,
  );
  const mediatedBy = db.prepare<[string], { dispute_id: string }>('SELECT DISTINCT dispute_id FROM mediation_links WHERE mediator_id = ?');
  // Subject ids are random UUIDs and appear in a document only as the complainant's or a party's subject: a scan
  // for the id finds every dispute a person is part of. An administrator's occasional request, so no index.
  const naming = db.prepare<[string], { id: string }>('SELECT id FROM disputes WHERE instr(doc, ?) > 0 ORDER BY received_ms');

  const toTimelineRecord = (r: { position: number | bigint; at: string; kind: string; actor: string; data: string }): TimelineRecord => ({
    position: BigInt(r.position),
    at: r.at,
    actor: JSON.parse(r.actor) as Actor,
    event: { type: r.kind, data: JSON.parse(r.data) } as DomainEvent,
  });
  const timeline = (id: string): TimelineRecord[] => timelineOf.all(id).map(toTimelineRecord);
  // A dispute read again and again (a case page, a subscription) is parsed once per change: every event of a dispute
  // adds its step in the same transaction that saves the view, so an unchanged last step means an unchanged dispute.
  // What is kept is sealed, as in the read model; the texts are opened for each reader, so an erasure still counts.
  const lastStep = db.prepare<[string], { position: number | bigint | null }>(
    'SELECT max(position) AS position FROM timeline WHERE dispute_key = (SELECT key FROM disputes WHERE id = ?)',
  );
  const parsed = createLruCache<string, { last: bigint; view: DisputeView; timeline: TimelineRecord[] }>({ maxEntries: PARSED_DISPUTES });

  /** A step of a dispute with its free text opened. */
  const readable = (record: TimelineRecord): TimelineRecord => ({ ...record, event: mapTexts(record.event, open) });

  /** The view repeats the texts of its steps (explanations, decision, mediation): each is opened once per read. */
  function opened(snapshot: DisputeSnapshot): DisputeSnapshot {
    const texts = new Map<string, string>();
    const once: TextOpener = (text) => {
      if (typeof text === 'string') return text;
      const known = texts.get(text.sealed);
      if (known !== undefined) return known;
      const clear = open(text);
      texts.set(text.sealed, clear);
      return clear;
    };
    return {
      ...snapshot,
      view: openView(snapshot.view, once),
      timeline: snapshot.timeline.map((record) => ({ ...record, event: mapTexts(record.event, once) })),
    };
  }

  /** A projected dispute (as stored: `withTexts` puts back its texts from the timeline) with its timeline, lateness measured now. */
  function snapshotOf(stored: DisputeView): DisputeSnapshot {
    const at = clock();
    const records = timeline(stored.id);
    const view = withTexts(stored, records);
    return opened({ view, timeline: records, at, overdue: isOverdue(view, at) });
  }

  function current(id: string): DisputeSnapshot | null {
    const last = lastStep.get(id)?.position ?? null;
    const known = last === null ? undefined : parsed.get(id);
    let entry = known !== undefined && known.last === BigInt(last!) ? known : undefined;
    if (entry === undefined) {
      const row = byId.get(id);
      if (!row) return null;
      const records = timeline(id);
      entry = { last: records.at(-1)?.position ?? -1n, view: withTexts(JSON.parse(row.doc), records), timeline: records };
      parsed.set(id, entry);
    }
    const at = clock();
    return opened({ view: entry.view, timeline: entry.timeline, at, overdue: isOverdue(entry.view, at) });
  }

  /** Several projected disputes read together: two queries, whatever their number (the rows of a supervisor's list). */
  function currentMany(ids: readonly string[]): Map<string, DisputeSnapshot> {
    const list = JSON.stringify(ids);
    const timelines = new Map<string, TimelineRecord[]>();
    for (const r of timelinesOf.iterate(list)) {
      const records = timelines.get(r.dispute_id);
      if (records) records.push(toTimelineRecord(r));
      else timelines.set(r.dispute_id, [toTimelineRecord(r)]);
    }
    const at = clock();
    const snapshots = new Map<string, DisputeSnapshot>();
    for (const { doc } of docsOf.iterate(list)) {
      const stored = JSON.parse(doc) as DisputeView;
      const records = timelines.get(stored.id) ?? [];
      const view = withTexts(stored, records);
      snapshots.set(view.id, opened({ view, timeline: records, at, overdue: isOverdue(view, at) }));
    }
    return snapshots;
  }

  /** What was known at `asOf`: the dispute's own events and its mediations', in global order, folded by the same function. */
  async function asOf(id: string, moment: Date): Promise<DisputeSnapshot | null> {
    const events = (await disputeEventsOf(store, id)).filter((e) => Date.parse(e.metadata.occurredAt) <= moment.getTime());
    const view = events.reduce<DisputeView | null>(evolveDisputeView, null);
    if (view === null) return null;
    return opened({ view, timeline: events.map(toRecord), at: moment, overdue: isOverdue(view, moment) });
  }

  /** The disputes with a mediation whose appointed mediator `userId` is now. */
  const disputesMediatedBy = (userId: string): string[] => mediatedBy.all(userId).map((r) => r.dispute_id);

  /** Every dispute naming the subject, as complainant or mediation party (GDPR art. 15: the person's cases). */
  const disputesOfSubject = (subjectId: string): DisputeSnapshot[] =>
    naming.all(`"${subjectId}"`).flatMap((r) => {
      const snapshot = current(r.id);
      return snapshot ? [snapshot] : [];
    });

  return { current, currentMany, asOf, snapshotOf, readable, disputesMediatedBy, disputesOfSubject };
}

/** The dispute view with each free text opened. */
function openView(v: DisputeView, open: TextOpener): DisputeView {
  const maybe = (text: PersonalText | null) => (text === null ? null : open(text));
  return {
    ...v,
    explanations: v.explanations.map((e) => ({ ...e, explanation: open(e.explanation), reasons: open(e.reasons) })),
    decision: v.decision && {
      ...v.decision,
      factualGrounds: maybe(v.decision.factualGrounds),
      remedies: v.decision.remedies.map(open),
      appealInformation: maybe(v.decision.appealInformation),
    },
    mediations: v.mediations.map((m) => ({
      ...m,
      reason: open(m.reason),
      sessions: m.sessions.map((s) => ({ ...s, place: open(s.place), cancellationReason: maybe(s.cancellationReason) })),
      protocol: m.protocol && {
        ...m.protocol,
        arrangements: m.protocol.arrangements.map(open),
        missingSignatureReason: maybe(m.protocol.missingSignatureReason),
        place: maybe(m.protocol.place),
      },
    })),
  };
}

/** Every event of a dispute: its complaint's and its mediations', in global order (what `evolveDisputeView` folds). */
export async function disputeEventsOf(store: EventStore, id: string): Promise<RecordedEvent[]> {
  const complaint = await store.readStream(complaintStream(id));
  const mediationIds = complaint.flatMap((e) => (e.type === 'MediationOpened' ? [(e.data as { mediationId: string }).mediationId] : []));
  const mediations = await Promise.all(mediationIds.map((m) => store.readStream(mediationStream(m))));
  // What a newer release wrote is left out, as the projections leave it out of the read models.
  return [...complaint, ...mediations.flat()]
    .filter(isKnownEvent)
    .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
}

const toRecord = (e: RecordedEvent): TimelineRecord => ({
  position: e.position,
  at: e.metadata.occurredAt,
  actor: e.metadata.actor,
  event: { type: e.type, data: e.data } as DomainEvent,
});
