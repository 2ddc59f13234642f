import { describe, expect, it } from 'vitest';
import { complaintCommandInputSchemas } from '../../schema/commands/complaint-commands.js';
import { mediationCommandInputSchemas as schemas } from '../../schema/commands/mediation-commands.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import type { Actor } from '../../schema/envelope.js';
import { createComplaintCommands } from '../../services/commands/complaint-commands.js';
import { complaintStream, mediationStream } from '../../schema/streams.js';
import { createMediationCommands } from '../../services/commands/mediation-commands.js';
import { runOnStream } from '../../services/commands/run-on-stream.js';
import { createCalendar } from '../../services/domain/deadlines/index.js';
import { isMediationEvent, mediationDecider } from '../../services/domain/mediation/index.js';
import { createPersonalDataVault } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { complaintInput } from '../support/documents.js';
import { parties } from '../support/mediation-documents.js';

const clerk: Actor = { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' };

function setUp() {
  const store = createSqliteEventStore({ file: ':memory:', codec: catalogueCodec });
  const vault = createPersonalDataVault(createSqliteSubjectKeyStore({ file: ':memory:' }));
  const deps = {
    store,
    vault,
    calendar: createCalendar(),
    answerRule: 'KPA-237-1-month' as const,
    officeName: 'Urząd Miasta',
    clock: () => new Date(),
  };
  const complaints = createComplaintCommands(deps);
  const mediations = createMediationCommands({ ...deps, officeStaffIds: [] });
  const receive = async () =>
    (await complaints.execute('receiveComplaint', complaintCommandInputSchemas.receiveComplaint.parse(complaintInput()), clerk)).disputeId;
  const propose = (disputeId: string, commandId: string | null = null) =>
    mediations.execute(
      'proposeMediation',
      schemas.proposeMediation.parse({ disputeId, commandId, parties, reason: 'Próba porozumienia.' }),
      clerk,
    );
  const openOn = async (disputeId: string) =>
    (await store.readStream(complaintStream(disputeId)))
      .filter((e) => e.type === 'MediationOpened')
      .map((e) => (e.data as { mediationId: string }).mediationId);
  return { store, mediations, receive, propose, openOn, deps };
}

describe('mediation command handling', () => {
  it('the same commandId on two complaints proposes two mediations, each linked to its own complaint', async () => {
    const { receive, propose, openOn } = setUp();
    const [d1, d2] = [await receive(), await receive()];
    const m1 = await propose(d1, 'propose');
    const m2 = await propose(d2, 'propose');
    expect(m2.mediationId).not.toBe(m1.mediationId);
    expect(await openOn(d1)).toEqual([m1.mediationId]);
    expect(await openOn(d2)).toEqual([m2.mediationId]);
  });

  it('a mediation that ended without its complaint learning it is linked by the next command, even a refused one', async () => {
    const { store, mediations, receive, propose, deps } = setUp();
    const disputeId = await receive();
    const { mediationId } = await propose(disputeId);
    // The mediation ends, but the link's append never happens (as if the process died between the two appends).
    await runOnStream(store, mediationDecider, isMediationEvent, {
      stream: mediationStream(mediationId),
      commandId: 'lost-link',
      correlationId: 'lost-link',
      expectedRevision: null,
      actor: clerk,
      now: () => new Date().toISOString(),
      decide: (state, at) =>
        mediationDecider.decide({ type: 'endMediation', data: { result: 'WITHDRAWN' } }, state, {
          now: at,
          actor: clerk,
          calendar: deps.calendar,
        }),
    });
    const linked = async () => (await store.readStream(complaintStream(disputeId))).some((e) => e.type === 'MediationClosed');
    expect(await linked()).toBe(false);
    await expect(
      mediations.execute('endMediation', schemas.endMediation.parse({ mediationId, result: 'WITHDRAWN' }), clerk),
    ).rejects.toMatchObject({ rule: 'mediation-ended' });
    expect(await linked()).toBe(true);
  });
});
