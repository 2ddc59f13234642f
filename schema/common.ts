import { z } from 'zod';
import { InstantSchema } from './envelope.js';

export const channels = ['IN_PERSON', 'PHONE', 'LETTER', 'EMAIL', 'EPUAP', 'WEB'] as const;
export const ChannelSchema = z.enum(channels);
export type Channel = z.infer<typeof ChannelSchema>;

export const outcomes = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'] as const;
export const OutcomeSchema = z.enum(outcomes);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Free text a person typed: trimmed, never empty, bounded so a pasted book cannot bloat the log. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/**
 * A list a person typed (participants, concerns, arrangements…), bounded like text: what one command records is
 * read back, redacted and exported with every later read of its dispute.
 */
export const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `must list at most ${max} ${what}; record the rest in another step`);

export const LegalBasisSchema = z.object({
  act: text(300),
  article: text(100),
  url: z
    .url()
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

export const SignerSchema = z.object({ name: text(200), position: text(200) });
export type Signer = z.infer<typeof SignerSchema>;

/** A computed deadline with the rule and calendar that produced it, so compliance can be proven later. */
export const DeadlineFactSchema = z.object({
  dueDate: z.iso.date(),
  dueAt: InstantSchema,
  rule: z.string().min(1),
  calendarVersion: z.string().min(1),
});
export type DeadlineFactData = z.infer<typeof DeadlineFactSchema>;
