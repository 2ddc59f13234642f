import { afterEach, describe, expect, it } from 'vitest';
import { closuresFile, mayBridge } from '../support/closures-file.js';
import { controlledClock } from '../support/controlled-clock.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('office closures move answer deadlines, and every deadline records the list that moved it', () => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());
  const dueOfReceiptOn2April = async (env: Record<string, string>) => {
    const time = controlledClock('2025-04-02T10:00:00+02:00');
    server = await startTestServer({ clock: time.clock, env });
    const id = (await server.gql(RECEIVE, { input: complaintInput() })).data!.receiveComplaint.disputeId;
    return (await server.gql(`query($id: ID!) { dispute(id: $id) { deadline { dueAt rule calendarVersion } } }`, { id }, 'SUPERVISOR'))
      .data!.dispute.deadline;
  };

  it('one month from Wed 2 April is Fri 2 May; closed that day, the office answers by Mon 5 May (3 May a holiday, 4 May a Sunday)', async () => {
    const deadline = await dueOfReceiptOn2April({ OFFICE_CLOSURES_FILE: closuresFile(mayBridge) });
    expect(deadline).toEqual({
      dueAt: '2025-05-05T23:59:59.999+02:00',
      rule: 'KPA-237-1-month',
      calendarVersion: expect.stringMatching(/\+closures:2025-1$/),
    });
  });

  it('without the file, Fri 2 May is an ordinary working day', async () => {
    const deadline = await dueOfReceiptOn2April({});
    expect(deadline).toEqual({
      dueAt: '2025-05-02T23:59:59.999+02:00',
      rule: 'KPA-237-1-month',
      calendarVersion: expect.stringMatching(/\+closures:v0$/),
    });
  });
});
