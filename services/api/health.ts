import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { ProjectionRunner } from '../../projections/runner.js';
import type { Metrics } from '../observability/metrics.js';
import { projectionLag } from '../observability/projection-lag.js';
import type { EventStore } from '../store/event-store.js';
import { sendError } from './http-errors.js';

/** Alive: the process answers. Nothing else is checked or told (a restart would not cure a slow store). */
export const liveness: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

/**
 * Ready for traffic: the event store answers and the read models are caught up within `maxLagSeconds`, and they are
 * not stuck at an event. Says which check failed, in words: no position or count, which would tell anyone how many
 * events (complaints) the office holds. Events of a newer release the projections skipped are counted: the server
 * stays ready (the rest is applied), but says an upgrade is due.
 */
export function readiness({
  store,
  runner,
  clock,
  maxLagSeconds,
}: {
  store: EventStore;
  runner: ProjectionRunner;
  clock: () => Date;
  maxLagSeconds: number;
}): RequestHandler {
  return async (_req, res) => {
    const lag = await projectionLag(store, runner, clock);
    const readModels =
      runner.lastError() !== null ? 'failing' : lag === null ? 'unknown' : lag.seconds > maxLagSeconds ? 'catching up' : 'caught up';
    const ready = lag !== null && readModels === 'caught up';
    const skipped = runner.skippedUnknownEvents();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      eventStore: lag === null ? 'unreachable' : 'ok',
      readModels,
      ...(skipped > 0 ? { skippedUnknownEvents: skipped } : {}),
    });
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the request may read the metrics: with the bearer credential METRICS_TOKEN, or from this machine itself.
 * A request relayed by a proxy on this machine is not "from this machine": with TRUST_PROXY set its address is the
 * client's, and any forwarding header refuses the loopback way in.
 */
export function mayReadMetrics(req: Request, token: string | undefined): boolean {
  const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  // Compared as digests: equal lengths for timingSafeEqual, and no early exit telling how much of a guess was right.
  if (token !== undefined && bearer !== undefined) return timingSafeEqual(digest(bearer), digest(token));
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return !forwarded && isLoopback(req.socket.remoteAddress) && isLoopback(req.ip);
}

const isLoopback = (address: string | undefined) => address !== undefined && /^(127\.|::1$|::ffff:127\.)/.test(address);

/** GET /metrics in Prometheus's text format, for those mayReadMetrics lets in; 401 for anyone else. */
export function metricsRoute(metrics: Metrics, token: string | undefined): RequestHandler {
  return async (req, res) => {
    if (!mayReadMetrics(req, token)) {
      res.setHeader('www-authenticate', 'Bearer');
      return sendError(
        res,
        401,
        'UNAUTHENTICATED',
        'Metrics are readable from this machine, or elsewhere with the bearer token set in METRICS_TOKEN.',
      );
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
