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
