import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Auth } from '../auth.js';
import { admit, type ApiServices } from '../graphql/context.js';
import { registerRows } from '../register-entries.js';
import { DateOrInstant, ExportFormat, exportRoute, separatorOf } from './http-args.js';
import { registerCsv } from './register-csv.js';

const CsvQuery = z.object({ from: DateOrInstant, to: DateOrInstant, ...ExportFormat.shape });

/**
 * GET /exports/register.csv?from=&to=&lang=pl|en&delimiter=comma|semicolon: the register of complaints as a
 * download, with the bearer token or session cookie, the authorization and the personal-data rules of the `register` query.
 */
export function registerCsvRoute(auth: Auth, services: ApiServices): RequestHandler {
  return exportRoute(auth, services, async (ctx, req, res) => {
    const { from, to, lang, delimiter } = admit(ctx, 'register', CsvQuery, req.query);
    // The very path of the GraphQL query: the same role check, the same checks of the period, the same masking.
    const rows = await registerRows(ctx, { from, to });
    await services.audit.recorded();
    res
      .status(200)
      .attachment(lang === 'pl' ? 'rejestr-skarg.csv' : 'complaints-register.csv')
      .type('text/csv; charset=utf-8')
      .set('cache-control', 'no-store')
      .send(registerCsv(rows, lang, separatorOf(delimiter)));
  });
}
