import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Auth } from '../auth.js';
import { ReportArgsSchema } from '../equality/report-args.js';
import { admit, type ApiServices } from '../graphql/context.js';
import { equalTreatmentCsv } from './equal-treatment-csv.js';
import { equalTreatmentHtml } from './equal-treatment-html.js';
import { DateOrInstant, ExportFormat, exportRoute, separatorOf } from './http-args.js';

const ExportQuery = z.object({ from: DateOrInstant, to: DateOrInstant, dimension: z.string().max(40), ...ExportFormat.shape });

/**
 * GET /exports/equal-treatment.{csv,html}?from=&to=&dimension=&lang=pl|en: the report as a spreadsheet or a
 * printable page, with the bearer token or session cookie and the authorization of the `equalTreatmentReport` query.
 */
export function equalTreatmentRoute(auth: Auth, services: ApiServices, format: 'csv' | 'html'): RequestHandler {
  return exportRoute(auth, services, async (ctx, req, res) => {
    const { lang, delimiter, ...args } = admit(ctx, 'equalTreatmentReport', ExportQuery, req.query);
    // Then exactly the query's checks of the period (a calendar month, quarter or year) and the dimension.
    const report = await services.equality.report(admit(ctx, 'equalTreatmentReport', ReportArgsSchema, args));
    const name = `${lang === 'pl' ? 'raport-rownego-traktowania' : 'equal-treatment-report'}-${args.dimension}`;
    res.status(200).set('cache-control', 'no-store');
    if (format === 'csv') {
      res
        .attachment(`${name}.csv`)
        .type('text/csv; charset=utf-8')
        .send(equalTreatmentCsv(report, lang, separatorOf(delimiter)));
    } else {
      // Nothing on the page is fetched or run: a strict policy costs nothing and stops any injected markup.
      res
        .set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .type('text/html; charset=utf-8')
        .send(equalTreatmentHtml(report, lang));
    }
  });
}
