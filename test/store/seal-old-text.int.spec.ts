import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../schema/envelope.js';
import { catalogueCodec, type EventData } from '../../schema/events/catalogue.js';
import { caseTextSubject } from '../../schema/streams.js';
import { createTextOpener, erasedTextPlaceholder } from '../../services/privacy/case-text.js';
import { createPersonalDataVault } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { verbatimCodec } from '../../services/store/migrate.js';
import { sealOldText } from '../../services/store/seal-old-text.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { receiptData } from '../domain/complaint/fixtures.js';
import { tempDataDir } from '../support/test-server.js';

const clerk = { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' } as const;
let n = 0;
/** An event as the release before sealing wrote it: schema version 1, free text in clear. */
const old = (type: string, data: unknown): NewEvent => {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  return {
    type,
    data,
    metadata: {
      eventId: id,
      occurredAt: '2025-03-03T10:00:00+01:00',
      actor: clerk,
      commandId: id,
      correlationId: id,
      causationId: null,
      schemaVersion: 1,
    },
  };
};
const ids = {
  known: '11111111-1111-4111-8111-111111111111',
  anonymous: '22222222-2222-4222-8222-222222222222',
  erased: '33333333-3333-4333-8333-333333333333',
};

describe('npm run migrate-seal: the free text an older release wrote in clear', () => {
  it('is sealed in place with its case’s key, once; an erased person’s is replaced; the log reads as before', async () => {
    // Given an event log written by the release before sealing: a complaint by a person still held, an anonymous
    // one, and one by a person erased since
    const dir = tempDataDir();
    const file = join(dir, 'events.sqlite');
    const keys = createSqliteSubjectKeyStore({ file: join(dir, 'subject-keys.sqlite') });
    const vault = createPersonalDataVault(keys);
    const person = (subjectId: string, name: string) => ({ subjectId, sealed: vault.seal(subjectId, { name }) });
    const [held, gone] = ['5d1c3a1e-0f5e-4b9e-8a55-3d1c2b0a9f11', '6e2d4b2f-1a6f-4c0f-9b66-4e2d3c1b0a22'] as const;
    const writer = createSqliteEventStore({ file, codec: verbatimCodec });
    await writer.append(
      `complaint-${ids.known}`,
      [
        old(
          'ComplaintReceived',
          receiptData({
            complaintId: ids.known,
            complainant: person(held, 'Zdzisław Szczepańczyk'),
            description: 'Mieszkam przy ul. Tajnej 7 i czekam.',
          }),
        ),
        old('ExplanationGiven', {
          channel: 'PHONE',
          explanation: 'Panu Szczepańczykowi wyjaśniono zwłokę.',
          reasons: 'Brak zaświadczenia.',
        }),
      ],
      { expectedRevision: 'no_stream' },
    );
    await writer.append(
      `complaint-${ids.anonymous}`,
      [
        old(
          'ComplaintReceived',
          receiptData({ complaintId: ids.anonymous, complainant: null, identifiable: false, description: 'Anonim z ul. Ukrytej 3.' }),
        ),
      ],
      { expectedRevision: 'no_stream' },
    );
    await writer.append(
      `complaint-${ids.erased}`,
      [
        old(
          'ComplaintReceived',
          receiptData({
            complaintId: ids.erased,
            complainant: person(gone, 'Bożena Źdźbło'),
            description: 'Bożena Źdźbło z ul. Cichej 1.',
          }),
        ),
      ],
      { expectedRevision: 'no_stream' },
    );
    await writer.close();
    keys.deleteKey(gone);

    // which this release opens and reads as it was written
    const reader = () => createSqliteEventStore({ file, codec: catalogueCodec });
    const before = reader();
    const beforeEvents = await before.readAll({ limit: 100 });
    expect((beforeEvents[0]!.data as EventData<'ComplaintReceived'>).description).toBe('Mieszkam przy ul. Tajnej 7 i czekam.');
    await before.close();

    // When the migration runs (twice: the second finds nothing left)
    expect(sealOldText(file, keys, vault)).toEqual({ sealed: 3, erased: 1 });
    expect(sealOldText(file, keys, vault)).toEqual({ sealed: 0, erased: 0 });

    // Then none of the old text is left in the file, its write-ahead log included
    const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    for (const text of ['Tajnej', 'Szczepańczykowi', 'zaświadczenia', 'Ukrytej', 'Źdźbło', 'Cichej'])
      expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false);

    // and each event is where it was, at the current version, its text sealed with its case's key
    const after = reader();
    const events = await after.readAll({ limit: 100 });
    await after.close();
    expect(events.map((e) => [e.position, e.metadata.eventId])).toEqual(beforeEvents.map((e) => [e.position, e.metadata.eventId]));
    expect(events.every((e) => e.metadata.schemaVersion === 2)).toBe(true);
    const open = createTextOpener(vault);
    const text = (i: number, field: 'description' | 'explanation') =>
      (events[i]!.data as Record<string, { subjectId: string; sealed: string } | string>)[field]!;
    expect(text(0, 'description')).toMatchObject({ subjectId: held });
    expect(open(text(0, 'description'))).toBe('Mieszkam przy ul. Tajnej 7 i czekam.');
    expect(open(text(1, 'explanation'))).toBe('Panu Szczepańczykowi wyjaśniono zwłokę.');
    expect(text(2, 'description')).toMatchObject({ subjectId: caseTextSubject(ids.anonymous, null) });
    expect(open(text(2, 'description'))).toBe('Anonim z ul. Ukrytej 3.');
    expect(text(3, 'description')).toBe(erasedTextPlaceholder);
    keys.close();
  });
});
