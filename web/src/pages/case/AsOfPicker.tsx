import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../components/Field';
import { instantToWarsawLocal, warsawLocalToInstant } from '../../format/dates';

/** "As it stood on": a Warsaw date and time; the page then shows what `dispute(id, asOf)` answers for that moment. */
export function AsOfPicker({ asOf }: { asOf: string | null }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = String(new FormData(event.currentTarget).get('asOf') ?? '');
    if (!local) return setError(t('case.asOf.required'));
    setError(null);
    setParams({ asOf: warsawLocalToInstant(local) });
  }

  return (
    <form className="as-of no-print" onSubmit={submit} noValidate aria-label={t('case.asOf.legend')}>
      <Field label={t('case.asOf.label')} hint={t('case.asOf.legend')} error={error}>
        <input name="asOf" type="datetime-local" defaultValue={asOf ? instantToWarsawLocal(asOf) : ''} />
      </Field>
      <button type="submit" className="secondary">
        {t('case.asOf.show')}
      </button>
    </form>
  );
}
