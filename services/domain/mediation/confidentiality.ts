import type { DomainEvent } from '../../../schema/events/catalogue.js';
import { mediationEventSchemas } from '../../../schema/events/mediation-events.js';

const mediationEventTypes: ReadonlySet<string> = new Set(Object.keys(mediationEventSchemas));

/**
 * Whether a mediator may read one step of a dispute. A mediator is no member of the office's staff (KPA art. 96f § 3)
 * and mediation is confidential (art. 96j): they read a dispute only while they are the appointed mediator of one of
 * its mediations (`own`, the ones they mediate now), and then the complaint's own steps and their own mediations'
 * steps, never another mediation's, nor the complaint's steps that open or close one.
 *
 * `mediationOfStream`: for a mediation's step, the mediation whose stream it was recorded in (null if unknown);
 * ignored for a complaint's step.
 */
export function mediatorMayRead(own: ReadonlySet<string>, event: DomainEvent, mediationOfStream: string | null): boolean {
  if (own.size === 0) return false;
  if (mediationEventTypes.has(event.type)) return mediationOfStream !== null && own.has(mediationOfStream);
  const linked = event.type === 'MediationOpened' || event.type === 'MediationClosed' ? event.data.mediationId : null;
  return linked === null || own.has(linked);
}
