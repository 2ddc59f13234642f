import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The manifest a backup folder ends with: written last, so a folder without one is an interrupted backup. */
export const MANIFEST_FILE = 'manifest.json';

/** `data`: DATA_DIR (a replica's read model); `shared`: SHARED_DIR when it is another folder (events, keys, accounts). */
export const FolderSchema = z.enum(['data', 'shared']);
export type Folder = z.infer<typeof FolderSchema>;

const BackupFileSchema = z.object({
  folder: FolderSchema,
  /** Relative to its folder, with `/` between parts; never `..`. */
  path: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'must stay inside its folder'),
  kind: z.enum(['sqlite', 'file']),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

export const ManifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  /** Where the erasure register was when the backup was taken: a restore re-applies it (docs/operations.md). */
  erasureRegister: z.string().min(1),
  files: z.array(BackupFileSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The manifest of the backup in `folder`, or a sentence saying why there is none that can be trusted. */
export function readManifest(folder: string): Manifest | string {
  let text: string;
  try {
    text = readFileSync(join(folder, MANIFEST_FILE), 'utf8');
  } catch {
    return `${join(folder, MANIFEST_FILE)} is missing: this is not a backup made by \`npm run backup\`, or that backup was interrupted before it ended.`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${join(folder, MANIFEST_FILE)} is not valid JSON: the manifest is damaged.`;
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success)
    return `${join(folder, MANIFEST_FILE)} is damaged: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).join('; ')}.`;
  return parsed.data;
}

export function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
