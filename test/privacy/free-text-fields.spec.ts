import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import type { DisputeSnapshot } from '../../projections/dispute-queries.js';
import type { DisputeView } from '../../projections/dispute-view.js';
import { text } from '../../schema/common.js';
import { type DomainEvent, eventSchemas, freeTextFieldNames, personalTextFields } from '../../schema/events/catalogue.js';
import { freeTextFieldNamesOf, personalText, prose } from '../../schema/events/sealed-data.js';
import { erasedTextPlaceholder, erasureAwareSnapshot } from '../../services/api/equality/pseudonymised-snapshot.js';
import { createPersonalDataVault, newSubjectId } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';

describe('the free-text fields come from the event schemas, so a new one cannot be forgotten', () => {
  it('a field marked personalText or prose is free text; a plain text field is not', () => {
    const schema = z.object({
      note: personalText(100),
      lines: z.array(personalText(100)),
      toBody: prose(100),
      maybe: prose(100).nullable(),
      category: text(100),
    });
    expect(freeTextFieldNamesOf(schema).sort()).toEqual(['lines', 'maybe', 'note', 'toBody']);
  });

  it('every sealed field of every event type is among its free text, and closed lists are not', () => {
    for (const [type, fields] of Object.entries(personalTextFields))
      for (const { name } of fields) expect(freeTextFieldNames.get(type)?.has(name), `${type}.${name}`).toBe(true);
    expect(freeTextFieldNames.get('DeadlineSet')?.has('reason')).toBe(false);
    expect(freeTextFieldNames.get('ComplaintLeftUnexamined')?.has('reason')).toBe(false);
    expect(freeTextFieldNames.get('ComplaintLeftUnexamined')?.has('explanation')).toBe(true);
    expect(freeTextFieldNames.get('DelayNoticeSent')?.has('promptInstruction')).toBe(true);
  });

  describe('given a case whose complainant, Zdzisław Szczepańczyk, was erased (GDPR art. 17)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'free-text-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const keys = createSqliteSubjectKeyStore({ file: join(dir, 'subject-keys.sqlite') });
    const vault = createPersonalDataVault(keys);
    const subjectId = newSubjectId();
    const complainant = {
      subjectId,
      sealed: vault.seal(subjectId, { name: 'Zdzisław Szczepańczyk', address: 'ul. Tajna 7, 00-001 Warszawa' }),
    };
    keys.deleteKey(subjectId);
    const typed = 'Zdzisław Szczepańczyk mieszka przy ul. Tajnej 7.';

    it('then every free-text field of every event type reads the placeholder, in the timeline and in the view', () => {
      const withText = [...freeTextFieldNames].filter(([, names]) => names.size > 0);
      expect(withText.length).toBeGreaterThan(25);
      const timeline = withText.map(([type, names], i) => ({
        position: BigInt(i),
        at: '2026-11-02T10:00:00+01:00',
        actor: { userId: 'u1', name: 'Anna Żółkiewska', role: 'CLERK' as const },
        event: {
          type,
          data: { ...Object.fromEntries([...names].map((n) => [n, [typed]])), category: 'obsługa interesanta' },
        } as unknown as DomainEvent,
      }));
      const view = { id: 'd1', complainant, mediations: [], description: typed, category: 'obsługa interesanta' } as unknown as DisputeView;
      const snapshot: DisputeSnapshot = { view, timeline, at: new Date('2026-12-01T10:00:00Z'), overdue: false };

      const shown = erasureAwareSnapshot(snapshot, vault);
      expect(JSON.stringify(shown, (_key, value) => (typeof value === 'bigint' ? String(value) : value))).not.toContain('Szczepańczyk');
      for (const { event } of shown.timeline) {
        const data = event.data as Record<string, unknown>;
        for (const name of freeTextFieldNames.get(event.type)!)
          expect(data[name], `${event.type}.${name}`).toEqual([erasedTextPlaceholder]);
        expect(data.category).toBe('obsługa interesanta');
      }
      expect(shown.view.category).toBe('obsługa interesanta');
    });
  });
});

// Every type of the catalogue is looked at: a type with no free text simply has none.
it('knows every event type', () => expect([...freeTextFieldNames.keys()].sort()).toEqual(Object.keys(eventSchemas).sort()));
