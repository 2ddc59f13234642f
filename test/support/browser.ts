import type { GraphQLResponse } from './test-server.js';

/**
 * A browser's side of the session, by hand: it keeps the cookies the server sets (and drops those it clears) and
 * sends them back, as fetch does not. `setCookies` keeps the last answer's Set-Cookie lines to check their attributes.
 */
export function browser(url: string, { origin = url }: { origin?: string } = {}) {
  const jar = new Map<string, string>();
  let setCookies: string[] = [];

  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  function keep(res: Response) {
    setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
  }

  return {
    /** A page of this origin calling the API, as the web app does. */
    async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json', origin };
      if (jar.size > 0) headers.cookie = cookieHeader();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      keep(res);
      return { status: res.status, ...((await res.json()) as object) };
    },
    async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
      const res = await fetch(`${url}${path}`, {
        headers: { ...(jar.size > 0 ? { cookie: cookieHeader() } : {}), ...headers },
        redirect: 'manual',
      });
      keep(res);
      return res;
    },
    cookie: (name: string) => jar.get(name),
    cookieHeader,
    setCookies: () => setCookies,
  };
}

export type Browser = ReturnType<typeof browser>;

export const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { userId name role language sessionExpiresAt } }`;
export const ME = `{ me { userId name role language sessionExpiresAt } }`;
export const SIGN_OUT = `mutation { signOut }`;
