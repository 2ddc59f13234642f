import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

const CSP =
  "default-src 'self'; script-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const page = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const INDEX =
  '<!doctype html><html lang="pl"><meta charset="utf-8"><title>Rejestr skarg</title><script type="module" src="/assets/index-Bx7Qz9.js"></script><div id="root"></div></html>';

describe('the web app, served by the API server itself', () => {
  let server: TestServer;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX);
    writeFileSync(join(webDir, 'assets', 'index-Bx7Qz9.js'), 'console.log("zażółć");');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await startTestServer({ env: { WEB_DIR: webDir } });
  });
  afterAll(() => server.close());
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

  it('answers / with index.html, revalidated on every visit, under a strict Content-Security-Policy', async () => {
    const res = await get('/', page);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves hashed assets cached for a year as immutable', async () => {
    const res = await get('/assets/index-Bx7Qz9.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log("zażółć");');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers index.html for any page of the app a browser opens (the app routes in the browser)', async () => {
    for (const path of ['/disputes/e735b8e5-7c1d-4b6f-9a51-0c0ffee00001', '/settings', '/rejestr/2026']) {
      const res = await get(path, page);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe(INDEX);
    }
    expect(await (await get('/favicon.svg')).text()).toContain('<svg');
  });

  it('keeps the API’s own paths and answers: a missing asset, an API client’s unknown path and an unknown export are JSON 404s', async () => {
    for (const [path, headers] of [
      ['/assets/missing-0000.js', page],
      ['/no/such/thing', { accept: 'application/json' }],
      ['/exports/nothing.csv', page],
    ] as const) {
      const res = await get(path, headers);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await get('/healthz', page)).headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('sends a browser that opens /graphql to the web app, and the API itself references no outside host', async () => {
    const res = await get('/graphql', page);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const api = await get('/graphql?query=%7B__typename%7D', { accept: 'text/html', 'apollo-require-preflight': 'true' });
    const body = await api.text();
    expect(body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    expect(body).not.toMatch(/cdn|embeddable-sandbox|apollographql/i);
  });

  it('still answers an API client’s GET /graphql with GraphQL, not a page', async () => {
    const res = await get('/graphql?query=%7Bme%7BuserId%7D%7D', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
  });
});

describe('before the web app is built', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { WEB_DIR: join(tmpdir(), 'no-such-web-dir-') + Date.now() } });
  });
  afterAll(() => server.close());

  it('answers / with a sentence saying to run npm run build', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('run <code>npm run build</code>');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
  });
});
