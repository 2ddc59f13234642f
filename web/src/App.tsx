import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { SessionProvider, useSession } from './api/session';
import type { Area } from './area';
import { Layout } from './components/Layout';
import { NotFound } from './pages/NotFound';
import { SignIn } from './pages/SignIn';

/** Every area registers itself in pages/<area>/area.ts: adding a screen never means editing this file. */
export const areas: Area[] = Object.values(import.meta.glob<{ area: Area }>('./pages/*/area.ts', { eager: true })).map((m) => m.area);

function RequireSession({ children }: { children: React.ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (!me) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

function Home() {
  const { me } = useSession();
  const home = areas.map((a) => (me ? a.home?.[me.role] : undefined)).find(Boolean);
  return <Navigate to={home ?? '/settings'} replace />;
}

const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignIn /> },
  {
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [{ index: true, element: <Home /> }, ...areas.flatMap((a) => a.routes), { path: '*', element: <NotFound /> }],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  const { t } = useTranslation();
  return (
    <SessionProvider loading={<p role="status">{t('app.loading')}</p>}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
