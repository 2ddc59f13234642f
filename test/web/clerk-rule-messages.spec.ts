import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../../web/src/pages/case/rule-messages.js';

/** Every rule id the server can refuse with: each `new RuleViolated('id', …)` under services/. */
function ruleIdsOfTheDomain(): Set<string> {
  const files = (readdirSync('services', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join('services', f));
  const ids = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/new RuleViolated\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]!),
  );
  return new Set(ids);
}

describe('the web app explains every refused command in Polish and English', () => {
  const domain = ruleIdsOfTheDomain();

  it('finds the rules where the domain throws them (a scan that found nothing would prove nothing)', () => {
    expect(domain.size).toBeGreaterThan(40);
    expect(domain).toContain('KPA-238-legal-basis');
  });

  it('has a Polish and an English message for each rule id of the domain', () => {
    const missing = [...domain].filter((id) => !ruleMessages[id]);
    expect(missing, 'add these rule ids to web/src/pages/case/rule-messages.ts').toEqual([]);
    for (const [id, message] of Object.entries(ruleMessages)) {
      expect(message.pl.length, id).toBeGreaterThan(10);
      expect(message.en.length, id).toBeGreaterThan(10);
      expect(message.pl, id).not.toBe(message.en);
      // A Polish sentence names no code word: UPHELD, TIMED_OUT, withdrawEqualityConsent…
      expect(message.pl, id).not.toMatch(/\b[A-Z]+_[A-Z_]+\b|\b[a-z]+[A-Z][a-zA-Z]+\b/);
    }
  });

  it('keeps no message for a rule the domain no longer has', () => {
    expect(Object.keys(ruleMessages).filter((id) => !domain.has(id))).toEqual([]);
  });
});
