import { describe, expect, it } from 'vitest';
import { createAccessAudit } from '../../services/api/access-audit.js';
import { createSqliteAccessLog, type AccessLog, type AccessRecord } from '../../services/privacy/access-log.js';
import type { Actor } from '../../schema/envelope.js';

const anna: Actor = { userId: 'u1', name: 'Anna Żółkiewska', role: 'CLERK' };
const clock = () => new Date('2026-12-02T10:00:00Z');

describe('the access log written in groups', () => {
  it('given reads of several requests at once, when they wait for the log, then all are written in one write', async () => {
    const writes: (readonly AccessRecord[])[] = [];
    const log = createSqliteAccessLog({ file: ':memory:' });
    const audit = createAccessAudit({ ...log, record: (entries) => (writes.push(entries), log.record(entries)) }, clock);
    audit.read({}, anna, 'query A', 's-1', 'complainant');
    audit.read({}, anna, 'query B', 's-2', 'complainant');
    await Promise.all([audit.recorded(), audit.recorded()]);
    expect(writes.filter((w) => w.length > 0)).toHaveLength(1);
    expect(audit.find({ first: 10 }).map((r) => r.subjectId).sort()).toEqual(['s-1', 's-2']);
    log.close();
  });

  it('given a read not yet written, when the log is searched, then the read is in the answer', () => {
    const log = createSqliteAccessLog({ file: ':memory:' });
    const audit = createAccessAudit(log, clock);
    audit.read({}, anna, 'query dispute', 's-łoś', 'conversation-participants');
    expect(audit.find({ subjectId: 's-łoś', first: 10 })).toEqual([{ at: '2026-12-02T10:00:00.000Z', userId: 'u1', role: 'CLERK', subjectId: 's-łoś', operation: 'query dispute', data: 'conversation-participants' }]);
    log.close();
  });

  it('given the log cannot be written, when a request waits for its reads, then it is told so and may not answer', async () => {
    const broken: AccessLog = {
      record: () => {
        throw new Error('disk full');
      },
      find: () => [],
      close: () => {},
    };
    const audit = createAccessAudit(broken, clock);
    audit.read({}, anna, 'query dispute', 's-1', 'complainant');
    await expect(audit.recorded()).rejects.toThrow('disk full');
  });
});
