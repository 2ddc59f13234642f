import cliProgress from 'cli-progress';

/** How far a long job (a rebuild, a migration, a backup) has got, said to whoever runs it. */
export interface Progress {
  /** `done` units out of `total` (a total that grows meanwhile may be given anew). */
  update(done: number, total?: number): void;
  /** The job ended: the bar is closed, or the last plain line printed. */
  stop(): void;
}

export interface ProgressOptions {
  /** What is counted, plural (`events`, `MB`). */
  unit: string;
  total: number;
  stream?: NodeJS.WriteStream | NodeJS.WritableStream;
  /** A terminal gets a live bar; anything else (a log, a pipe) a plain line every `intervalMs`. */
  tty?: boolean;
  intervalMs?: number;
  now?: () => number;
}

/**
 * A bar with rate and ETA on a terminal (cli-progress); elsewhere one plain line every few seconds, which a log keeps
 * readable: `rebuild: 12000/50000 events (24%), 3000 events/s, about 13 s left`.
 */
export function progress(
  label: string,
  {
    unit,
    total,
    stream = process.stderr,
    tty = 'isTTY' in stream && stream.isTTY === true,
    intervalMs = 5000,
    now = Date.now,
  }: ProgressOptions,
): Progress {
  const started = now();
  let current = 0;
  let goal = total;
  const rate = () => current / Math.max((now() - started) / 1000, 0.001);

  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
        stream: stream as NodeJS.WriteStream,
        etaBuffer: 50,
        hideCursor: null,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(goal, 0, { rate: '0' });
    return {
      update(done, newTotal) {
        current = done;
        if (newTotal !== undefined && newTotal !== goal) bar.setTotal((goal = newTotal));
        bar.update(done, { rate: Math.round(rate()).toString() });
      },
      stop: () => bar.stop(),
    };
  }

  let printed = started;
  const line = () => {
    const percent = goal > 0 ? Math.min(100, Math.floor((current * 100) / goal)) : 100;
    const perSecond = rate();
    const left = perSecond > 0 ? Math.ceil((goal - current) / perSecond) : null;
    return `${label}: ${current}/${goal} ${unit} (${percent}%), ${Math.round(perSecond)} ${unit}/s, ${left === null ? 'time left unknown' : `about ${seconds(left)} left`}\n`;
  };
  return {
    update(done, newTotal) {
      current = done;
      if (newTotal !== undefined) goal = newTotal;
      if (now() - printed >= intervalMs) {
        printed = now();
        stream.write(line());
      }
    },
    stop() {
      const elapsed = (now() - started) / 1000;
      stream.write(`${label}: ${current}/${goal} ${unit} in ${elapsed.toFixed(1)} s (${Math.round(rate())} ${unit}/s)\n`);
    },
  };
}

const seconds = (s: number) => (s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);
