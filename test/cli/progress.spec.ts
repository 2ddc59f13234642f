import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progress } from '../../services/cli/progress.js';

/** What a job printed, the stream read back as a log would keep it. */
function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

describe('progress of a long job', () => {
  it('in a log (no terminal): a plain line every 5 seconds with the rate and the time left, and a last line', () => {
    // Given a job of 50,000 events and a clock the test moves
    let now = 0;
    const out = capture();
    const bar = progress('rebuild-projections', { unit: 'events', total: 50_000, stream: out.stream, tty: false, now: () => now });

    // When it advances 3000 events a second
    for (let second = 1; second <= 12; second++) {
      now = second * 1000;
      bar.update(second * 3000);
    }
    bar.stop();

    // Then a line came at 5 and at 10 seconds, and one at the end
    expect(out.text().split('\n').filter(Boolean)).toEqual([
      'rebuild-projections: 15000/50000 events (30%), 3000 events/s, about 12 s left',
      'rebuild-projections: 30000/50000 events (60%), 3000 events/s, about 7 s left',
      'rebuild-projections: 36000/50000 events in 12.0 s (3000 events/s)',
    ]);
  });

  it('says minutes and hours for long waits, and a total that grows is taken', () => {
    let now = 0;
    const out = capture();
    const bar = progress('backup', { unit: 'kB', total: 1_000, stream: out.stream, tty: false, now: () => now });
    now = 5000;
    bar.update(500, 500_000);
    now = 10_000;
    bar.update(1_000, 100_000_000);
    expect(out.text().split('\n').filter(Boolean)).toEqual([
      'backup: 500/500000 kB (0%), 100 kB/s, about 83 min left',
      'backup: 1000/100000000 kB (0%), 100 kB/s, about 277.8 h left',
    ]);
  });

  it('on a terminal: a bar with percentage, count, rate and ETA', () => {
    let now = 0;
    const out = capture();
    // What cli-progress asks of a terminal: that it is one, and how wide.
    Object.assign(out.stream, { isTTY: true, columns: 120 });
    const bar = progress('backup', { unit: 'kB', total: 2_000, stream: out.stream, tty: true, now: () => now });
    now = 2000;
    bar.update(1_000);
    bar.stop();
    expect(out.text()).toMatch(/backup \[[█░]+\] 50% \| 1000\/2000 kB \| 500 kB\/s \| ETA /);
  });
});
