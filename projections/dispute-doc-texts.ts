import type { RecordedEvent } from '../schema/envelope.js';
import { isDomainEvent, type DomainEvent } from '../schema/events/catalogue.js';
import type { PersonalText } from '../schema/events/sealed-data.js';
import { mapTexts } from '../services/privacy/case-text.js';
import type { DisputeView } from './dispute-view.js';

/**
 * The stored dispute document names the texts it repeats from its timeline instead of holding them (issue 15: the
 * decision and each explanation, sealed, were half of every document, and the read models outgrew the events).
 * A text is named by the position of the step that brought it and its place among that step's texts, in the order
 * `mapTexts` visits them; the queries, which read the timeline with the document, put the sealed texts back.
 */
interface TextRef {
  $text: [position: number, index: number];
}

type Json = unknown;

/** The sealed texts of a step, in the order `mapTexts` visits them. */
function textsOf(event: DomainEvent): PersonalText[] {
  const texts: PersonalText[] = [];
  mapTexts(event, (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}

/** A copy of `value` in which `replace` has had its say on every object (its answer, or the object walked further). */
function rewrite(value: Json, replace: (object: Record<string, Json>) => Json | undefined): Json {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, replace));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, Json>;
  const replaced = replace(object);
  if (replaced !== undefined) return replaced;
  const copy: Record<string, Json> = {};
  for (const key of Object.keys(object)) copy[key] = rewrite(object[key], replace);
  return copy;
}

/** Where each sealed text of a batch's steps is: fed every step of the batch, then asked by `thin`. */
export function createTextPlaces() {
  const places = new Map<string, TextRef>();
  return {
    add(event: RecordedEvent) {
      if (!isDomainEvent(event)) return;
      textsOf(event).forEach((text, index) => {
        if (typeof text !== 'string') places.set(text.sealed, { $text: [Number(event.position), index] });
      });
    },
    /** The document to store: each sealed text a step of this batch holds, named instead of repeated. */
    thin(view: DisputeView): Json {
      return rewrite(view, (object) => (typeof object.sealed === 'string' ? (places.get(object.sealed) ?? object) : undefined));
    },
  };
}

/** The view a stored document stands for, its named texts taken back from the dispute's steps (still sealed). */
export function withTexts(stored: Json, steps: readonly { position: bigint; event: DomainEvent }[]): DisputeView {
  let texts: Map<number, PersonalText[]> | null = null;
  return rewrite(stored, (object) => {
    if (!Array.isArray(object.$text)) return undefined;
    texts ??= new Map(steps.map((step) => [Number(step.position), textsOf(step.event)]));
    const [position, index] = object.$text as TextRef['$text'];
    const text = texts.get(position)?.[index];
    if (text === undefined) throw new Error(`The dispute document names a text its timeline lacks (step ${position}, text ${index}).`);
    return text;
  }) as DisputeView;
}
