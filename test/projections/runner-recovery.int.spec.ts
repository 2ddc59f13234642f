import { describe, expect, it, vi } from 'vitest';
import { projectionsWithKeys } from '../support/projections-with-keys.js';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';

describe('the projection runner after a failure of the store', () => {
  it('reports the failure, retries from its checkpoint, and reports healthy again once it reads', async () => {
    const store = createSqliteEventStore({ file: ':memory:', codec: catalogueCodec });
    const readAll = store.readAll.bind(store);
    let failures = 1;
    const flaky = {
      ...store,
      readAll: vi.fn(async (options: Parameters<typeof store.readAll>[0]) => {
        if (failures-- > 0) throw new Error('event store unreachable');
        return readAll(options);
      }),
    };
    const log = { error: vi.fn(), warn: vi.fn() };
    const runner = createProjectionRunner(flaky, openReadModelDb(':memory:'), projectionsWithKeys(':memory:').makeProjections, log);
    runner.start();
    await vi.waitFor(() => expect(runner.lastError()?.message).toBe('event store unreachable'));
    await vi.waitFor(() => expect(runner.lastError()).toBeNull(), { timeout: 5000 });
    await runner.stop();
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ position: '0' }), expect.stringMatching(/retrying/));
    await store.close();
  });
});
