import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, instantToWarsawLocal, warsawLocalToInstant } from '../../format/dates';
import { graphql } from '../../gql';
import { CaseLink } from './CaseLink';

const RegisterDocument = graphql(`
  query RegisterPage($from: DateTime!, $to: DateTime!) {
    register(from: $from, to: $to) {
      disputeId
      number
      receivedAt
      complainant
      complainantStatus
      category
      handledBy
      settlement
      settledAt
    }
  }
`);

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayAfter = (date: string) => {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

/**
 * The register of complaints (KPA art. 254) for a period of whole Warsaw days, with its CSV: a plain download
 * link to /exports/register.csv, which the session cookie authorises. The period stays in the address.
 */
export function Register() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('supervision.register.title'));
  const [params, setParams] = useSearchParams();
  const thisYear = instantToWarsawLocal(new Date().toISOString()).slice(0, 4);
  const from = datePattern.test(params.get('from') ?? '') ? params.get('from')! : `${thisYear}-01-01`;
  const until = datePattern.test(params.get('until') ?? '') ? params.get('until')! : `${thisYear}-12-31`;
  const valid = from <= until;
  const to = dayAfter(until);
  const [{ data, error }] = useQuery({
    query: RegisterDocument,
    variables: { from: warsawLocalToInstant(`${from}T00:00`), to: warsawLocalToInstant(`${to}T00:00`) },
    pause: !valid,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const problem = problemOf(error);
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  const csv = (delimiter: string) =>
    `/exports/register.csv?${new URLSearchParams({ from, to, lang, ...(delimiter ? { delimiter } : {}) })}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [f, u] = ['from', 'until'].map((k) => String(form.get(k) ?? ''));
    if (!datePattern.test(f!) || !datePattern.test(u!) || f! > u!) return setFormError(t('supervision.register.badPeriod'));
    setFormError(null);
    setParams({ from: f!, until: u! });
  }

  return (
    <>
      <h1>{t('supervision.register.title')}</h1>
      <p>{t('supervision.register.lead')}</p>
      <form onSubmit={submit} noValidate className="filters" key={`${from}/${until}`}>
        <Field label={t('supervision.register.from')} error={formError}>
          <input type="date" name="from" defaultValue={from} required />
        </Field>
        <Field label={t('supervision.register.to')}>
          <input type="date" name="until" defaultValue={until} required />
        </Field>
        <div className="actions">
          <button type="submit">{t('supervision.register.show')}</button>
        </div>
      </form>
      {problem && <ErrorSummary messages={[problemMessage(problem, t, i18n.language)]} />}
      <p className="actions">
        <a href={csv('')} download>
          {t('supervision.register.download')}
        </a>
        <a href={csv('semicolon')} download>
          {t('supervision.register.downloadExcel')}
        </a>
      </p>
      {data && data.register.length === 0 && <p>{t('supervision.register.none')}</p>}
      {data && data.register.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('supervision.register.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervision.register.number')}</th>
                <th scope="col">{t('supervision.register.received')}</th>
                <th scope="col">{t('supervision.register.complainant')}</th>
                <th scope="col">{t('supervision.register.subject')}</th>
                <th scope="col">{t('supervision.register.handledBy')}</th>
                <th scope="col">{t('supervision.register.settlement')}</th>
                <th scope="col">{t('supervision.register.settledAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.register.map((r) => (
                <tr key={r.disputeId}>
                  <th scope="row">
                    <CaseLink id={r.disputeId} registerNumber={r.number} />
                  </th>
                  <td>{formatDateTime(r.receivedAt, i18n.language)}</td>
                  <td>
                    {r.complainantStatus === 'NAMED' || r.complainantStatus === 'MASKED'
                      ? r.complainant
                      : t(`supervision.register.complainantStatus.${r.complainantStatus}`)}
                  </td>
                  <td>{r.category}</td>
                  <td>{r.handledBy ?? '—'}</td>
                  <td>{r.settlement ? t(`supervision.register.settlements.${r.settlement}`) : '—'}</td>
                  <td>{formatDateTime(r.settledAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
