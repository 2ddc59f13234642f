import type { RequestHandler } from 'express';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../errors.js';
import type { Auth } from '../auth.js';
import { ReportArgsSchema, startOfWarsawDay } from '../equality/report-args.js';
import { admit, type ApiServices } from '../graphql/context.js';
import { equalTreatmentCsv } from './equal-treatment-csv.js';
import { equalTreatmentHtml } from './equal-treatment-html.js';

/** A date means the start of that day in Warsaw, so ?from=2025-01-01&to=2026-01-01 is the year 2025. */
const DateOrInstant = z.string({ error: 'give a date (YYYY-MM-DD) or a date and time with an offset' }).transform((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? startOfWarsawDay(v) : v));

const ExportQuery = z.object({
  from: DateOrInstant,
  to: DateOrInstant,
  dimension: z.string().max(40),
  lang: z.enum(['pl', 'en']).default('pl'),
  // Excel set to Polish separates columns with semicolons; RFC 4180's comma is the default.
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
});

const statusOf: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, UNAVAILABLE: 503 };

/**
 * GET /exports/equal-treatment.{csv,html}?from=&to=&dimension=&lang=pl|en: the report as a spreadsheet or a
 * printable page, with the bearer token and the authorization of the `equalTreatmentReport` query.
 */
export function equalTreatmentRoute(auth: Auth, services: ApiServices, format: 'csv' | 'html'): RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = { actor: await auth.verify(req.headers.authorization), services };
      const { lang, delimiter, ...args } = admit(ctx, 'equalTreatmentReport', ExportQuery, req.query);
      // Then exactly the query's checks of the period (whole months) and the dimension.
      const report = await services.equality.report(admit(ctx, 'equalTreatmentReport', ReportArgsSchema, args));
      const name = `${lang === 'pl' ? 'raport-rownego-traktowania' : 'equal-treatment-report'}-${args.dimension}`;
      res.status(200).set('cache-control', 'no-store');
      if (format === 'csv') {
        res.attachment(`${name}.csv`).type('text/csv; charset=utf-8').send(equalTreatmentCsv(report, lang, delimiter === 'semicolon' ? ';' : ','));
      } else {
        // Nothing on the page is fetched or run: a strict policy costs nothing and stops any injected markup.
        res.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").type('text/html; charset=utf-8').send(equalTreatmentHtml(report, lang));
      }
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      res.status(statusOf[error.code] ?? 500).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
    }
  };
}
