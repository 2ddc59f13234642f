import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDataDir } from './test-server.js';

/** Writes an OFFICE_CLOSURES_FILE (JSON, or text as given) in a fresh folder and returns its path. */
export const closuresFile = (content: unknown) => {
  const file = join(tempDataDir(), 'closures.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

// 3 May 2025 (a holiday) is a Saturday, so offices give 2 May off instead (Labour Code art. 130 § 2).
export const mayBridge = { version: '2025-1', closures: [{ date: '2025-05-02', reason: 'dzień wolny za święto 3 Maja w sobotę' }] };
