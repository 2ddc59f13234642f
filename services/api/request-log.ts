import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { runInRequestScope, type RequestScope } from '../observability/request-scope.js';

/** The exports served, by path: the only paths under /exports/ that reach a log line or a metric by name. */
const exportRoutes = new Set([
  '/exports/register.csv',
  '/exports/subject-access.json',
  '/exports/equal-treatment.csv',
  '/exports/equal-treatment.html',
]);
const ownRoutes = new Set(['/graphql', '/healthz', '/readyz', '/metrics', ...exportRoutes]);
/** Probes are asked every few seconds: logged at debug, so the info log is the office's work. */
const probes = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * A request's route as logs and metrics name it: one of the server's own paths, `web` for the web app's pages and
 * files, `other` for anything else. Never the path itself, which a client chooses (and could fill with a name).
 */
export function routeOf(req: Request, res: Response): string {
  // The original URL's path: a router mounted at /graphql sees only what follows it in req.path.
  const path = req.originalUrl.split('?')[0]!;
  if (ownRoutes.has(path)) return path;
  if (req.method === 'GET' && res.statusCode < 400 && !path.startsWith('/exports/')) return 'web';
  return 'other';
}

/** A proxy's request id is kept when it looks like one (hex and dashes: a UUID, nginx's $request_id), else one is made. */
const requestIdOf = (req: Request): string => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[0-9a-fA-F-]{8,64}$/.test(given) ? given : randomUUID();
};

/**
 * First of the middlewares: gives each request an id (answered in X-Request-Id), a scope the GraphQL layer fills in
 * (operation, outcome, retries), and, once answered, one log line and its metrics. Only what the server itself names
 * is logged: method, route, status, duration, operation, outcome. Never a header, a query string, a body or a
 * variable.
 */
export function requestLog(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const scope: RequestScope = { requestId: requestIdOf(req), retries: 0 };
    res.setHeader('x-request-id', scope.requestId);
    res.locals.log = log.child({ requestId: scope.requestId });
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req, res);
      const outcome = !res.writableFinished
        ? 'aborted'
        : (scope.outcome ?? (res.statusCode < 400 ? 'ok' : `http ${Math.floor(res.statusCode / 100)}xx`));
      const operation = scope.operation ?? 'none';
      metrics.request({ route, operation, outcome }, seconds);
      const line = {
        requestId: scope.requestId,
        method: req.method,
        route,
        status: res.statusCode,
        ms: Math.round(seconds * 10_000) / 10,
        operation,
        outcome,
        ...(scope.retries ? { retries: scope.retries } : {}),
      };
      const level = res.statusCode >= 500 ? 'warn' : probes.has(route) ? 'debug' : 'info';
      log[level](line, 'request');
    });
    runInRequestScope(scope, next);
  };
}
