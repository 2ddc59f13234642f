import type { RequestHandler } from 'express';
import { z } from 'zod';
import { NotFound } from '../../errors.js';
import type { Auth } from '../auth.js';
import { admit, shownInClear, type ApiServices } from '../graphql/context.js';
import { exportRoute } from './http-args.js';

const Query = z.object({
  subjectId: z.string({ error: 'give the subjectId of the person (eraseSubject takes the same id)' }).min(1).max(100),
});

/**
 * GET /exports/subject-access.json?subjectId=: what an administrator hands a person who asks for their data (GDPR
 * art. 15): their data as held, every case they are part of with its steps, and to whom their data were shown
 * (the access log). This export is itself recorded in the log.
 */
export function subjectAccessRoute(auth: Auth, services: ApiServices): RequestHandler {
  return exportRoute(auth, services, async (ctx, req, res) => {
    const { subjectId } = admit(ctx, 'subjectAccessRequest', Query, req.query);
    const disputes = services.queries.disputesOfSubject(subjectId);
    const asComplainant = disputes.find((d) => d.view.complainant?.subjectId === subjectId)?.view.complainant ?? null;
    const asParty =
      disputes.flatMap((d) => d.view.mediations.flatMap((m) => m.parties)).find((p) => p.person.subjectId === subjectId)?.person ?? null;
    const sealed = asComplainant ?? asParty;
    const accessLog = await services.audit.find({ subjectId, first: 10_000 });
    if (sealed === null && accessLog.length === 0)
      throw new NotFound(`No person with subjectId ${subjectId} is known here: check the id (a case page shows it to clerks).`);
    const person = sealed === null ? 'ERASED' : services.vault.open(sealed.subjectId, sealed.sealed);
    shownInClear(ctx, subjectId, 'subject-access-request');
    const report = {
      subjectId,
      preparedAt: new Date().toISOString(),
      preparedBy: { userId: ctx.actor.userId, name: ctx.actor.name },
      controller: services.officeName,
      personalData: person === 'ERASED' ? { erased: true } : person,
      cases: disputes.map(({ view, timeline }) => ({
        disputeId: view.id,
        as: view.complainant?.subjectId === subjectId ? 'complainant' : 'mediation party',
        receivedAt: view.receivedAt,
        channel: view.channel,
        category: view.category,
        concernedUnit: view.concernedUnit,
        status: view.status,
        dueAt: view.dueAt,
        decision: view.decision ? { outcome: view.decision.outcome, decidedAt: view.decision.decidedAt } : null,
        steps: timeline.map((t) => ({ at: t.at, kind: t.event.type, by: { name: t.actor.name, role: t.actor.role } })),
      })),
      // Art. 15(1)(c): the recipients to whom the data have been disclosed.
      disclosedTo: accessLog.map(({ at, userId, role, operation, data }) => ({ at, userId, role, operation, data })),
    };
    await services.audit.recorded();
    res
      .status(200)
      .attachment(`dostep-do-danych-${subjectId}.json`)
      .type('application/json; charset=utf-8')
      .set('cache-control', 'no-store')
      .send(JSON.stringify(report, null, 2));
  });
}
