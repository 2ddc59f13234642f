import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { useLanguage } from '../i18n';

export const MeDocument = graphql(`
  query Me {
    me {
      userId
      name
      role
      language
      sessionExpiresAt
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

interface Session {
  me: Me | null;
  /** Asks the server again, e.g. after signing in or out, or changing the language. */
  refresh(): void;
}

const SessionContext = createContext<Session>({ me: null, refresh: () => undefined });

export function SessionProvider({ children, loading }: { children: ReactNode; loading: ReactNode }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MeDocument, requestPolicy: 'network-only' });
  const me = data?.me ?? null;
  useLanguage(me?.language ?? (localStorage.getItem('dl.language') === 'en' ? 'EN' : 'PL'));
  if (fetching && !data && !error) return <>{loading}</>;
  return (
    <SessionContext.Provider value={{ me, refresh: () => refetch({ requestPolicy: 'network-only' }) }}>{children}</SessionContext.Provider>
  );
}

export const useSession = (): Session => useContext(SessionContext);

/** The signed-in user, for pages that are only reachable signed in (the router guards them). */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe outside a signed-in route');
  return me;
}
