import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useMe, useSession } from '../api/session';
import { areas } from '../App';
import { graphql } from '../gql';
import type { Language } from '../gql/graphql';

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

const SetMyLanguageDocument = graphql(`
  mutation SetMyLanguage($language: Language!) {
    setMyLanguage(language: $language) {
      userId
      language
    }
  }
`);

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [, signOut] = useMutation(SignOutDocument);
  const [, setLanguage] = useMutation(SetMyLanguageDocument);
  const nav = areas.flatMap((a) => a.nav).filter((item) => item.roles.includes(me.role));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-title">{t('app.title')}</p>
        <nav aria-label={t('app.menu')}>
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-user">
          <span>{t('app.signedInAs', { name: me.name, role: t(`role.${me.role}`) })}</span>
          <label>
            {t('app.language')}{' '}
            <select
              value={me.language}
              onChange={async (e) => {
                await setLanguage({ language: e.target.value as Language });
                refresh();
              }}
            >
              <option value="PL" lang="pl">
                polski
              </option>
              <option value="EN" lang="en">
                English
              </option>
            </select>
          </label>
          <button
            type="button"
            onClick={async () => {
              await signOut({});
              refresh();
              navigate('/sign-in');
            }}
          >
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
