import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { errorFields, loggerFromEnv, type Logger } from '../observability/logger.js';

/** An answer in GraphQL's error shape (DESIGN §7), whatever route gives it: a code and a sentence saying what to do. */
export function sendError(res: Response, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

/** What body-parser and the HTTP layer refuse, said for people (body-parser's `type` names each). */
const requestErrors: Record<string, { code: string; message: (error: HttpError) => string }> = {
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: (e) => `The request body is larger than the ${e.limit} bytes allowed. Send less text per request.`,
  },
  'entity.parse.failed': { code: 'BAD_REQUEST', message: () => 'The request body is not valid JSON.' },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'The request body’s Content-Encoding is not supported: send it uncompressed, or compressed with gzip, deflate or br.',
  },
  'charset.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'The request body’s charset is not supported: send JSON in UTF-8.',
  },
  'request.aborted': { code: 'BAD_REQUEST', message: () => 'The request body ended before it was complete. Send it again.' },
  'request.size.invalid': {
    code: 'BAD_REQUEST',
    message: () => 'The request body is not as long as its Content-Length says. Send it again.',
  },
};

interface HttpError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
}

/**
 * The last error handler: whatever reached it is answered in JSON, in GraphQL's error shape, never with a stack trace
 * or a file path (Express's own handler prints both unless NODE_ENV=production). The request's own faults keep their
 * 4xx status; anything else is a 500 with a sentence, logged here with the error's kind and stack frames but not its
 * message, which may quote what a person wrote.
 */
export const jsonErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const http = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const status = http.status ?? http.statusCode;
  const known = http.type ? requestErrors[http.type] : undefined;
  if (known && status !== undefined && status >= 400 && status < 500) return sendError(res, status, known.code, known.message(http));
  if (status !== undefined && status >= 400 && status < 500) {
    return sendError(
      res,
      status,
      'BAD_REQUEST',
      `The request could not be read (HTTP ${status}). Check its headers and body against the API's documentation.`,
    );
  }
  requestLogger(res).error(errorFields(error), 'internal error');
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error. The incident is logged; try again, and report it if it persists.');
};

/** The request's own logger (with its id, set by requestLog), whose request line also gives the method and route. */
export const requestLogger = (res: Response): Logger => (res.locals.log as Logger | undefined) ?? loggerFromEnv();

/** Any path the API does not serve, in the same shape (Express's own page is HTML). */
export const notFound: RequestHandler = (_req, res) => {
  sendError(res, 404, 'NOT_FOUND', 'Nothing here: GraphQL is at /graphql, health at /healthz, exports under /exports/ (see the README).');
};
