import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { InstantSchema } from '../../../schema/envelope.js';
import { AppError, type ErrorCode } from '../../errors.js';
import type { Auth } from '../auth.js';
import { startOfWarsawDay } from '../equality/report-period.js';
import type { ApiContext, ApiServices } from '../graphql/context.js';
import { requestLogger, sendError } from '../http-errors.js';
import { identifyRequest, sessionIdOf, unidentified } from '../identity.js';
import { createGiveWay } from '../give-way.js';
import { StorageUnavailable } from '../../store/storage-failure.js';

const howToWrite =
  'give a date (YYYY-MM-DD) or a date and time with an offset from -12:00 to +14:00, e.g. 2025-01-01T00:00:00%2B01:00 (a + is written %2B in a URL)';

/**
 * A date means the start of that day in Warsaw, so ?from=2025-01-01&to=2026-01-01 is the year 2025; an instant must
 * be one (an offset of +25:00 is none, and would only fail deeper down). A URL decodes an unencoded `+` to a space,
 * which can stand nowhere else before an offset: it is read as the `+` the person typed.
 */
export const DateOrInstant = z
  .string({ error: howToWrite })
  .transform((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? startOfWarsawDay(v) : v.replace(/^([\dT:.-]+) (\d{2}:\d{2})$/, '$1+$2')))
  .refine((v) => InstantSchema.safeParse(v).success && !Number.isNaN(Date.parse(v)), { error: howToWrite });

/** The parameters every export takes besides its period: the language of the headers and the column separator. */
export const ExportFormat = z.object({
  lang: z.enum(['pl', 'en']).default('pl'),
  // Excel set to Polish separates columns with semicolons; RFC 4180's comma is the default.
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
});

export const separatorOf = (delimiter: z.output<typeof ExportFormat>['delimiter']) => (delimiter === 'semicolon' ? ';' : ',');

const statusOf: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNAVAILABLE: 503,
};

/**
 * A GET export with the bearer token or the session cookie (so the web app links to it with a plain <a href>; the
 * cookie is SameSite=Strict, so no other site's link carries it): `handle` gets the verified actor's context and answers. Our errors are answered
 * in GraphQL's error shape with their HTTP status; anything else goes on to the API's final JSON error handler.
 */
export function exportRoute(
  auth: Auth,
  services: ApiServices,
  handle: (ctx: ApiContext, req: Request, res: Response) => void | Promise<void>,
): RequestHandler {
  return async (req, res, next) => {
    try {
      const sessionId = sessionIdOf(req.headers);
      const identity = await identifyRequest(auth, services.accounts, req);
      if (!identity) throw unidentified(sessionId);
      await handle({ actor: identity.actor, services, operation: `GET ${req.baseUrl}${req.path}`, giveWay: createGiveWay() }, req, res);
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      if (error instanceof StorageUnavailable)
        requestLogger(res).error({ storage: error.storage }, 'storage refused a write: nothing was recorded');
      sendError(res, statusOf[error.code] ?? 500, error.code, error.message, error.details);
    }
  };
}
