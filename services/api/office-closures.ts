import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CalendarOptions } from '../domain/deadlines/index.js';

const example = '{"version": "2025-1", "closures": [{"date": "2025-05-02", "reason": "dzień wolny za 1 maja"}]}';

/** The office's own closures, as the office edits them: a version recorded with every deadline they move. */
export const OfficeClosuresFileSchema = z
  .object({
    version: z.string().trim().min(1, 'give the list a version, e.g. "2025-1"').max(40),
    closures: z
      .array(
        z
          .object({
            date: z.iso.date('must be a date YYYY-MM-DD'),
            reason: z.string().trim().min(1, 'say why the office is closed').max(200),
          })
          .strict(),
      )
      .max(1000),
  })
  .strict()
  .refine((file) => new Set(file.closures.map((c) => c.date)).size === file.closures.length, {
    message: 'a date is listed twice: keep one entry per date',
    path: ['closures'],
  });

/** Reads OFFICE_CLOSURES_FILE at start; a bad file stops the server with a message naming what to fix. */
export function loadOfficeClosures(file: string | undefined): CalendarOptions {
  if (file === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`OFFICE_CLOSURES_FILE ${file} cannot be read as JSON (${(e as Error).message}). Expected e.g. ${example}.`, {
      cause: e,
    });
  }
  const parsed = OfficeClosuresFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ');
    throw new Error(`OFFICE_CLOSURES_FILE ${file} is not a valid closures list: ${problems}. Expected e.g. ${example}.`);
  }
  return { closures: parsed.data.closures, closuresVersion: parsed.data.version };
}
