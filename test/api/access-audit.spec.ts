import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessAudit } from '../../services/api/access-audit.js';
import { createSqliteAccessLog, type AccessRecord } from '../../services/privacy/access-log.js';
import { createAccessLogWriter } from '../../services/privacy/access-log-writer.js';
import type { Actor } from '../../schema/envelope.js';

const anna: Actor = { userId: 'u1', name: 'Anna Żółkiewska', role: 'CLERK' };
const clock = () => new Date('2026-12-02T10:00:00Z');

describe('the access log written in groups, by a worker thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'access-log-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given reads of several requests at once, when they wait for the log, then all are written in one write and found', async () => {
    const file = join(dir, 'access-log.sqlite');
    const log = createSqliteAccessLog({ file });
    const writer = createAccessLogWriter(file);
    const writes: (readonly AccessRecord[])[] = [];
    const audit = createAccessAudit({ write: (entries) => (writes.push(entries), writer.write(entries)), find: log.find }, clock);
    audit.read({}, anna, 'query A', 's-1', 'complainant');
    audit.read({}, anna, 'query B', 's-2', 'complainant');
    await Promise.all([audit.recorded(), audit.recorded()]);
    expect(writes).toHaveLength(1);
    expect(
      log
        .find({ first: 10 })
        .map((r) => r.subjectId)
        .sort(),
    ).toEqual(['s-1', 's-2']);
    await writer.close();
    log.close();
  });

  it('given a read not yet written, when the log is searched, then the read is in the answer', async () => {
    const file = join(dir, 'access-log.sqlite');
    const log = createSqliteAccessLog({ file });
    const writer = createAccessLogWriter(file);
    const audit = createAccessAudit({ write: writer.write, find: log.find }, clock);
    audit.read({}, anna, 'query dispute', 's-łoś', 'conversation-participants');
    expect(await audit.find({ subjectId: 's-łoś', first: 10 })).toEqual([
      {
        at: '2026-12-02T10:00:00.000Z',
        userId: 'u1',
        role: 'CLERK',
        subjectId: 's-łoś',
        operation: 'query dispute',
        data: 'conversation-participants',
      },
    ]);
    await writer.close();
    log.close();
  });

  it('given the log cannot be written, when a request waits for its reads, then it is told so and may not answer', async () => {
    // A file without the log's table: the worker's insert fails.
    const writer = createAccessLogWriter(join(dir, 'not-a-log.sqlite'));
    const audit = createAccessAudit({ write: writer.write, find: () => [] }, clock);
    audit.read({}, anna, 'query dispute', 's-1', 'complainant');
    await expect(audit.recorded()).rejects.toThrow(/access log/);
    await writer.close();
  });
});
