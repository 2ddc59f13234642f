import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type RequestHandler, type Router } from 'express';

/**
 * Nothing but this server may supply scripts, styles, images or connections, and no other site may frame the pages
 * (clickjacking). Inline styles are allowed because UI libraries set `style` attributes; inline scripts are not.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** On every answer, the API's JSON included: a browser that opens any of them gets the same protections. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({ 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  next();
};

/** A browser opening /graphql (no query) is sent to the web app: the API's own landing page is disabled, as it loads from a CDN. */
export const browserToWebApp: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' && wantsPage(req) && req.query.query === undefined) return res.redirect(303, '/');
  next();
};

const apiPaths = /^\/(graphql|exports|healthz|assets)(\/|$)/;

/**
 * The built web app (`npm run build` puts it in dist/web): `/assets/*` have content hashes in their names and are
 * cached for a year; index.html is revalidated every time, so a new build reaches browsers at once. Any other page a
 * browser asks for gets index.html too: the app routes in the browser (/disputes/…).
 */
export function webApp(webDir: string): Router {
  const router = express.Router();
  const index = join(webDir, 'index.html');
  router.use('/assets', express.static(join(webDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  router.use(express.static(webDir, { index: false, setHeaders: (res) => res.set('cache-control', 'no-cache') }));
  router.get(/.*/, (req, res, next) => {
    if (apiPaths.test(req.path) || !(req.path === '/' || wantsPage(req))) return next();
    if (!existsSync(index)) {
      return res
        .status(503)
        .type('html')
        .set('cache-control', 'no-store')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Dispute Ledger</title><p>The web app is not built yet: run <code>npm run build</code> (or <code>npm start</code>, which builds it), then reload this page. The API is at /graphql.</p>',
        );
    }
    res.set('cache-control', 'no-cache').sendFile(index);
  });
  return router;
}

/** A browser's navigation, as opposed to an API client's request (which accepts JSON or anything). */
function wantsPage(req: Request): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}
