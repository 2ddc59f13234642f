import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client on the test server's /graphql, authenticated the way browsers must: in connectionParams. */
export function subscriber(httpUrl: string, token: string | null): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token === null ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
}

/** The next result of a subscription, or a failure naming what did not arrive in time. */
export async function nextOf<T>(iterator: AsyncIterator<T>, what: string, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)));
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error(`the subscription ended before ${what} arrived`);
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves once the server has more subscriptions listening than `before`: the one just asked for is registered, so
 * an event written now reaches it. A fixed pause instead lost the event whenever the machine was slow.
 */
export async function listeningMoreThan(live: { listening(): number }, before: number, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (live.listening() <= before) {
    if (Date.now() > until) throw new Error(`no subscription registered within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
