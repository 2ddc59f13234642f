import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Auth } from '../auth.js';
import { admit, type ApiServices } from '../graphql/context.js';
import { RegisterArgs } from '../register-entries.js';
import { recordShownNames } from '../register-for-actor.js';
import { DateOrInstant, ExportFormat, exportRoute, separatorOf } from './http-args.js';

const CsvQuery = z.object({ from: DateOrInstant, to: DateOrInstant, ...ExportFormat.shape });

/**
 * GET /exports/register.csv?from=&to=&lang=pl|en&delimiter=comma|semicolon: the register of complaints as a
 * download, with the bearer token or session cookie, the authorization and the personal-data rules of the `register` query.
 */
export function registerCsvRoute(auth: Auth, services: ApiServices): RequestHandler {
  return exportRoute(auth, services, async (ctx, req, res) => {
    const { from, to, lang, delimiter } = admit(ctx, 'register', CsvQuery, req.query);
    // The very checks of the GraphQL query (role, period), then the same rows and masking, written out in a worker thread.
    const period = admit(ctx, 'register', RegisterArgs, { from, to });
    const { csv, shown } = await services.heavy.run('registerCsv', {
      ...period,
      role: ctx.actor.role,
      language: lang,
      delimiter: separatorOf(delimiter),
    });
    recordShownNames(ctx, shown);
    await services.audit.recorded();
    res
      .status(200)
      .attachment(lang === 'pl' ? 'rejestr-skarg.csv' : 'complaints-register.csv')
      .type('text/csv; charset=utf-8')
      .set('cache-control', 'no-store')
      .send(csv);
  });
}
