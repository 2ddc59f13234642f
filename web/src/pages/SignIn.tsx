import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { problemMessage, problemOf } from '../api/errors';
import { useSession } from '../api/session';
import { ErrorSummary } from '../components/ErrorSummary';
import { usePageTitle } from '../components/usePageTitle';
import { graphql } from '../gql';

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      userId
      name
      role
      language
      sessionExpiresAt
    }
  }
`);

/** A plain form with the standard autocomplete names, so password managers fill it (WCAG 1.3.5). */
export function SignIn() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { me, refresh } = useSession();
  const [params] = useSearchParams();
  const [{ fetching }, signIn] = useMutation(SignInDocument);
  const [message, setMessage] = useState<string | null>(null);
  const next = params.get('next');
  // Only a path of this app: an absolute or protocol-relative URL here would be an open redirect.
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  if (me) return <Navigate to={target} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await signIn({ input: { userId: String(form.get('userId') ?? ''), password: String(form.get('password') ?? '') } });
    const problem = problemOf(result.error);
    if (problem) {
      // The server tells a disabled account only to whoever gave its right password.
      const byReason: Record<string, string> = { WRONG_CREDENTIALS: t('signIn.wrong'), ACCOUNT_DISABLED: t('signIn.disabled') };
      setMessage((problem.reason && byReason[problem.reason]) || problemMessage(problem, t, i18n.language));
      return;
    }
    refresh();
  }

  return (
    <main id="main" className="sign-in">
      <h1>{t('app.title')}</h1>
      <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t('signIn.title')}</h2>
        {message && <ErrorSummary messages={[message]} />}
        <div className="field">
          <label htmlFor="userId">{t('signIn.userId')}</label>
          <input id="userId" name="userId" autoComplete="username" required autoCapitalize="none" spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor="password">{t('signIn.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" disabled={fetching}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
