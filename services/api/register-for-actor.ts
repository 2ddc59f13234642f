import { admit, shownInClear, type ApiContext } from './graphql/context.js';
import { RegisterArgs, type RegisterRow } from './register-entries.js';

/** Records each name the worker showed in clear, as the request's read of it (GDPR art. 5(2)). */
export function recordShownNames(ctx: ApiContext, shown: readonly string[]): void {
  for (const subjectId of shown) shownInClear(ctx, subjectId, 'register-name');
}

/** The register of complaints (KPA art. 254) received in [from, to), as the actor may see it: GraphQL and CSV alike. */
export async function registerRows(ctx: ApiContext, input: unknown): Promise<RegisterRow[]> {
  const { from, to } = admit(ctx, 'register', RegisterArgs, input);
  const { rows, shown } = await ctx.services.heavy.run('register', { from, to, role: ctx.actor.role });
  recordShownNames(ctx, shown);
  return rows;
}
