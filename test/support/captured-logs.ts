import { createLogger, type Logger } from '../../services/observability/logger.js';

export interface CapturedLogs {
  logger: Logger;
  /** Everything logged so far, as written (JSON lines). */
  text(): string;
  /** Each line parsed. */
  entries(): Record<string, unknown>[];
}

/** A logger at debug level whose output is kept in memory, for a spec to read what the server logged. */
export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
  return { logger, text: () => lines.join(''), entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
