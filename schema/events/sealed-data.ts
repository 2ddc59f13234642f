import { z } from 'zod';
import { text } from '../common.js';

/** Data about a person sealed with their subject's key (services/privacy/personal-data-vault.ts). */
export const SealedDataSchema = z.object({ subjectId: z.uuid(), sealed: z.string().min(1) });
export type SealedData = z.infer<typeof SealedDataSchema>;

/**
 * Free text a person or a clerk typed about a case (a description, an explanation, grounds, notes, a mediation's
 * reason or arrangements): personal data, since it may name or describe anyone. Written sealed with the key of the
 * case's subject (`sealCaseTexts`), so that erasing the complainant erases it from the event log itself.
 *
 * A string here is text not sealed: what a decider decides, sealed by the command handler before it is appended
 * (the codec refuses to write it otherwise), or a row written by a release before text was sealed (schema
 * version 1), which reads as it is until `npm run migrate-seal` seals it.
 */
export type PersonalText = SealedData | string;

const personalTexts = new WeakSet<z.ZodType>();

/** A free-text field of an event: sealed, or (see `PersonalText`) not yet. */
export function personalText(max: number) {
  const schema = z.union([SealedDataSchema, text(max)]);
  personalTexts.add(schema);
  return schema;
}

const proseTexts = new WeakSet<z.ZodType>();

/**
 * Free text written in clear because it is the office's own wording or an office's name (the instruction on
 * ponaglenie, the body a complaint is passed to), in which a person's name may still stand: pseudonymised and hidden
 * after an erasure like sealed text.
 */
export function prose(max: number) {
  const schema = text(max);
  proseTexts.add(schema);
  return schema;
}

/** How a free-text field holds its text: one, one or none, or a list of texts each sealed on its own. */
export type PersonalTextField = { name: string; list: boolean };

/** The free-text fields of an event schema, read from the schema itself so that there is one list: the schema. */
export function personalTextFieldsOf(schema: z.ZodType): PersonalTextField[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, field]): PersonalTextField[] => {
    const inner = field instanceof z.ZodNullable ? (field.unwrap() as z.ZodType) : field;
    if (personalTexts.has(inner)) return [{ name, list: false }];
    if (inner instanceof z.ZodArray && personalTexts.has(inner.element as z.ZodType)) return [{ name, list: true }];
    return [];
  });
}

/** Every field of an event schema in which anyone's name may stand in prose: its free text, sealed or in clear. */
export function freeTextFieldNamesOf(schema: z.ZodType): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  const inClear = Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, field]) =>
    proseTexts.has(field instanceof z.ZodNullable ? (field.unwrap() as z.ZodType) : field) ? [name] : [],
  );
  return [...personalTextFieldsOf(schema).map(({ name }) => name), ...inClear];
}
