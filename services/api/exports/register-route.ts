import type { RequestHandler } from 'express';
import { z } from 'zod';
import { addDays } from '../../domain/deadlines/civil-date.js';
import { endOfWarsawDay } from '../../domain/deadlines/index.js';
import { AppError, type ErrorCode } from '../../errors.js';
import type { Auth } from '../auth.js';
import { admit, type ApiServices } from '../graphql/context.js';
import { registerRows } from '../register-entries.js';
import { registerCsv } from './register-csv.js';

/** A date means the start of that day in Warsaw, so ?from=2025-01-01&to=2026-01-01 is the year 2025. */
const startOfWarsawDay = (date: string) => new Date(Date.parse(endOfWarsawDay(addDays(date, -1))) + 1).toISOString();
const DateOrInstant = z.string({ error: 'give a date (YYYY-MM-DD) or a date and time with an offset' }).transform((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? startOfWarsawDay(v) : v));

const CsvQuery = z.object({
  from: DateOrInstant,
  to: DateOrInstant,
  lang: z.enum(['pl', 'en']).default('pl'),
  // Excel set to Polish separates columns with semicolons; RFC 4180's comma is the default.
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
});

const statusOf: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, UNAVAILABLE: 503 };

/**
 * GET /exports/register.csv?from=&to=&lang=pl|en&delimiter=comma|semicolon: the register of complaints as a
 * download, with the bearer token, the authorization and the personal-data rules of the `register` query.
 */
export function registerCsvRoute(auth: Auth, services: ApiServices): RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = { actor: await auth.verify(req.headers.authorization), services };
      const { from, to, lang, delimiter } = admit(ctx, 'register', CsvQuery, req.query);
      // The very path of the GraphQL query: the same role check, the same checks of the period, the same masking.
      const rows = registerRows(ctx, { from, to });
      res
        .status(200)
        .attachment(lang === 'pl' ? 'rejestr-skarg.csv' : 'complaints-register.csv')
        .type('text/csv; charset=utf-8')
        .set('cache-control', 'no-store')
        .send(registerCsv(rows, lang, delimiter === 'semicolon' ? ';' : ','));
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      res.status(statusOf[error.code] ?? 500).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
    }
  };
}
