import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPseudonyms } from '../../services/privacy/pseudonyms.js';
import { tempDataDir } from '../support/test-server.js';

const subject = '6f0b4c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e';

describe('pseudonyms', () => {
  it('are stable for one installation, shaped like Osoba-7F3A9C, and kept in a 0600 secret', () => {
    const dir = tempDataDir();
    const once = createPseudonyms({ dataDir: dir });
    expect(once.person(subject)).toMatch(/^Osoba-[0-9A-F]{6}$/);
    expect(once.dispute(subject)).toMatch(/^Sprawa-[0-9A-F]{6}$/);
    expect(createPseudonyms({ dataDir: dir }).person(subject)).toBe(once.person(subject));
    expect(statSync(join(dir, 'pseudonym-secret')).mode & 0o777).toBe(0o600);
  });

  it('differ between installations, so nobody without the secret can confirm a guessed id', () => {
    expect(createPseudonyms({ dataDir: tempDataDir() }).person(subject)).not.toBe(
      createPseudonyms({ dataDir: tempDataDir() }).person(subject),
    );
  });

  it('keep a person’s and a case’s pseudonyms apart even for the same id, and ignore case and spacing of typed names', () => {
    const p = createPseudonyms({ dataDir: tempDataDir() });
    expect(p.person(subject).slice(-6)).not.toBe(p.dispute(subject).slice(-6));
    expect(p.name(' Jan Kowalski ')).toBe(p.name('jan kowalski'));
  });
});
