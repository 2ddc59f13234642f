import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueCodec, type EventData } from '../../schema/events/catalogue.js';
import type { Actor } from '../../schema/envelope.js';
import { complaintCommandInputSchemas as schemas } from '../../schema/commands/complaint-commands.js';
import { createComplaintCommands } from '../../services/commands/complaint-commands.js';
import { createCalendar } from '../../services/domain/deadlines/index.js';
import { createTextOpener } from '../../services/privacy/case-text.js';
import { createPersonalDataVault } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { complaintInput } from '../support/documents.js';
import { tempDataDir } from '../support/test-server.js';

const anna: Actor = { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' };
const ewa: Actor = { userId: 'u-ewa', name: 'Ewa Żak', role: 'CLERK' };

function setUp() {
  const dir = tempDataDir();
  const store = createSqliteEventStore({ file: join(dir, 'events.sqlite'), codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: join(dir, 'keys.sqlite') });
  const vault = createPersonalDataVault(keys);
  const commands = createComplaintCommands({
    store,
    vault,
    calendar: createCalendar(),
    answerRule: 'KPA-237-1-month',
    officeName: 'Urząd Miasta',
    clock: () => new Date(),
  });
  return { store, keys, commands, open: createTextOpener(vault) };
}

describe('complaint command handling', () => {
  it('GDPR art. 17: after the complainant is erased, no text about their case is recorded, and steps without text go on', async () => {
    const { store, keys, commands } = setUp();
    const { disputeId } = await commands.execute('receiveComplaint', schemas.receiveComplaint.parse(complaintInput()), anna);
    const [receipt] = await store.readStream(`complaint-${disputeId}`);
    keys.deleteKey((receipt!.data as EventData<'ComplaintReceived'>).complainant!.subjectId, new Date().toISOString());
    const explain = schemas.recordExplanation.parse({
      disputeId,
      channel: 'EMAIL',
      explanation: 'Wyjaśnienie dla pani Żółtej.',
      reasons: 'Art. 7 KPA.',
    });
    await expect(commands.execute('recordExplanation', explain, anna)).rejects.toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'GDPR-17-erased-subject',
    });
    await commands.execute('acknowledgeComplaint', schemas.acknowledgeComplaint.parse({ disputeId }), anna);
    expect((await store.readStream(`complaint-${disputeId}`)).map((e) => e.type)).not.toContain('ExplanationGiven');
  });

  it('many concurrent commands on one dispute without expectedRevision all land: the server retries, none is lost', async () => {
    const { store, commands, open } = setUp();
    const { disputeId } = await commands.execute('receiveComplaint', schemas.receiveComplaint.parse(complaintInput()), anna);
    const explain = (i: number) =>
      commands.execute(
        'recordExplanation',
        schemas.recordExplanation.parse({ disputeId, channel: 'EMAIL', explanation: `Wyjaśnienie nr ${i}`, reasons: 'Art. 7 KPA.' }),
        anna,
      );
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => explain(i)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const explained = (await store.readStream(`complaint-${disputeId}`)).filter((e) => e.type === 'ExplanationGiven');
    // Each sealed with the complainant's key, as every free text is.
    expect(explained.map((e) => open((e.data as EventData<'ExplanationGiven'>).explanation)).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `Wyjaśnienie nr ${i}`).sort(),
    );
  });

  it('the same commandId from two users names two commands: neither is taken for a retry of the other', async () => {
    const { commands } = setUp();
    const first = await commands.execute('receiveComplaint', schemas.receiveComplaint.parse(complaintInput({ commandId: '1' })), anna);
    const second = await commands.execute(
      'receiveComplaint',
      schemas.receiveComplaint.parse(complaintInput({ commandId: '1', description: 'Inna skarga: hałas z budowy.' })),
      ewa,
    );
    expect(second.disputeId).not.toBe(first.disputeId);
    const retried = await commands.execute('receiveComplaint', schemas.receiveComplaint.parse(complaintInput({ commandId: '1' })), anna);
    expect(retried).toEqual(first);
  });

  it('an expectedRevision on a dispute that does not exist is NOT_FOUND, not a conflict', async () => {
    const { commands } = setUp();
    const input = schemas.acknowledgeComplaint.parse({ disputeId: '00000000-0000-4000-8000-000000000001', expectedRevision: 3 });
    await expect(commands.execute('acknowledgeComplaint', input, anna)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
