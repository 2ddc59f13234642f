import { describe, expect, it } from 'vitest';
import { mediationCommandInputSchemas } from '../../../schema/commands/mediation-commands.js';
import { mediationEventSchemas } from '../../../schema/events/mediation-events.js';

// KPA art. 96j: mediation is not public. A session is recorded as time, place and attendees; only the
// protocol carries content (art. 96m).
describe('a session record carries no content', () => {
  const session = { sessionId: 's-1', heldAt: '2025-03-25T10:00:00+01:00', attendees: ['p-wiśniewska'] };
  it('the event refuses anything said in the session', () => {
    expect(mediationEventSchemas.MediationSessionHeld.safeParse(session).success).toBe(true);
    expect(mediationEventSchemas.MediationSessionHeld.safeParse({ ...session, notes: 'Skarżąca przyznała, że…' }).success).toBe(false);
  });
  it('the input names at least one attendee, each once', () => {
    const input = { mediationId: '6a1f0c3e-8b2d-4e7f-9c1a-2b3c4d5e6f70', ...session };
    expect(mediationCommandInputSchemas.recordMediationSession.safeParse({ ...input, attendees: [] }).success).toBe(false);
    expect(mediationCommandInputSchemas.recordMediationSession.parse({ ...input, attendees: ['p-urząd', 'p-urząd'] }).attendees).toEqual([
      'p-urząd',
    ]);
  });
});

describe('a proposal', () => {
  const input = { disputeId: '0b0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a01', reason: 'Spór o termin wydania decyzji.' };
  const party = (partyId: string) => ({ partyId, name: 'Zofia Wiśniewska', role: 'COMPLAINANT' });
  it('needs two parties with their own ids', () => {
    expect(mediationCommandInputSchemas.proposeMediation.safeParse({ ...input, parties: [party('p-1')] }).success).toBe(false);
    expect(mediationCommandInputSchemas.proposeMediation.safeParse({ ...input, parties: [party('p-1'), party('p-1')] }).success).toBe(
      false,
    );
    expect(
      mediationCommandInputSchemas.proposeMediation.safeParse({ ...input, parties: [party('p-1'), { ...party('p-2'), role: 'OFFICE' }] })
        .success,
    ).toBe(true);
  });
});
