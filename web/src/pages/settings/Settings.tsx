import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';

const ChangeMyPasswordDocument = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input)
  }
`);

export function Settings() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('settings.title'));
  const [{ fetching }, change] = useMutation(ChangeMyPasswordDocument);
  const [errors, setErrors] = useState<{ current?: string; next?: string; repeat?: string }>({});
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const form = event.currentTarget;
    const data = new FormData(form);
    const [currentPassword, newPassword, repeat] = ['current', 'new', 'repeat'].map((k) => String(data.get(k) ?? ''));
    if (newPassword !== repeat) return setErrors({ repeat: t('settings.mismatch') });
    const problem = problemOf((await change({ input: { currentPassword: currentPassword!, newPassword: newPassword! } })).error);
    if (!problem) {
      setErrors({});
      setDone(true);
      form.reset();
      return;
    }
    if (problem.code === 'UNAUTHENTICATED') return setErrors({ current: t('settings.wrongCurrent') });
    setErrors({ next: problem.code === 'BAD_USER_INPUT' ? t('settings.newHint') : problemMessage(problem, t, i18n.language) });
  }

  const messages = Object.values(errors).filter((m): m is string => Boolean(m));
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <form onSubmit={submit} noValidate>
        <h2>{t('settings.password')}</h2>
        <ErrorSummary messages={messages} />
        {done && (
          <p className="notice" role="status">
            {t('settings.changed')}
          </p>
        )}
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <Field label={t('settings.current')} error={errors.current}>
          <input name="current" type="password" autoComplete="current-password" required />
        </Field>
        <Field label={t('settings.new')} hint={t('settings.newHint')} error={errors.next}>
          <input name="new" type="password" autoComplete="new-password" required minLength={12} />
        </Field>
        <Field label={t('settings.repeat')} error={errors.repeat}>
          <input name="repeat" type="password" autoComplete="new-password" required />
        </Field>
        <button type="submit" disabled={fetching}>
          {t('settings.submit')}
        </button>
      </form>
    </>
  );
}
