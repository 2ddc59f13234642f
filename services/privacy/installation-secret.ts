import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A secret of this installation, in a file of the data folder: made on first use with mode 0600, atomically (a
 * link cannot overwrite a secret another process has just made), and refused when shorter than `bytes`.
 */
export function loadOrCreateSecret(dataDir: string, fileName: string, bytes: number, whenTooShort: string): Buffer {
  const file = join(dataDir, fileName);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const draft = `${file}.${randomUUID()}.tmp`;
    writeFileSync(draft, `${randomBytes(bytes).toString('base64url')}\n`, { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  if (secret.length < bytes) throw new Error(`${file} holds less than ${bytes} bytes of secret: ${whenTooShort}`);
  return secret;
}
