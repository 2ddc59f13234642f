import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentSdl } from '../../services/api/graphql/sdl.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the resolvers generate (run `npm run schema` after changing GraphQL types)', async () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await currentSdl());
  });

  it('keeps the names of the contract clients rely on (DESIGN §7)', async () => {
    const sdl = await currentSdl();
    for (const name of [
      'receiveComplaint(input: ReceiveComplaintInput!): CommandResult!',
      'acknowledgeComplaint(input: DisputeCommandInput!): CommandResult!',
      'recordExplanation(input: RecordExplanationInput!): CommandResult!',
      'extendDeadline(input: ExtendDeadlineInput!): CommandResult!',
      'decideComplaint(input: DecideComplaintInput!): CommandResult!',
      'closeComplaint(input: DisputeCommandInput!): CommandResult!',
      'dispute(id: ID!, asOf: DateTime): Dispute',
      'scalar DateTime',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
