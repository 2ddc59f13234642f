import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format/dates';
import { graphql } from '../../gql';
import { CaseLink } from './CaseLink';

const SearchDocument = graphql(`
  query SearchCases($text: String!) {
    search(text: $text, first: 20) {
      disputeId
      field
      at
      snippet
      dispute {
        id
        registerNumber
        category
      }
    }
  }
`);

/**
 * The API marks matched words as [[word]] in plain text; each part becomes a text node or a <mark>, so nothing a
 * citizen typed can ever become markup.
 */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[(.*?)\]\]/s);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}

/** Full-text search over complaints, explanations and decisions; Polish letters optional. The words stay in the address (?q=). */
export function Search() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('supervision.search.title'));
  const [params, setParams] = useSearchParams();
  const text = params.get('q')?.trim() ?? '';
  const [{ data, error, fetching }] = useQuery({ query: SearchDocument, variables: { text }, pause: text === '' });
  const problem = problemOf(error);
  const fieldError = problem?.code === 'BAD_USER_INPUT' ? (problem.fields[0]?.message ?? problem.message) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setParams(q ? { q } : {});
  }

  return (
    <>
      <h1>{t('supervision.search.title')}</h1>
      <form onSubmit={submit} noValidate role="search" key={text}>
        <Field label={t('supervision.search.text')} hint={t('supervision.search.hint')} error={fieldError && problem?.message}>
          <input type="search" name="q" defaultValue={text} />
        </Field>
        <button type="submit">{t('supervision.search.submit')}</button>
      </form>
      {problem && (
        <ErrorSummary messages={[problem.code === 'BAD_USER_INPUT' ? problem.message : problemMessage(problem, t, i18n.language)]} />
      )}
      {text && data && !fetching && (
        <>
          <div role="status">
            <h2>
              {data.search.length === 0 ? t('supervision.search.none') : t('supervision.search.results', { count: data.search.length })}
            </h2>
          </div>
          <ol className="search-hits">
            {data.search.map((hit) => (
              <li key={hit.disputeId}>
                <p>
                  <CaseLink id={hit.disputeId} registerNumber={hit.dispute.registerNumber} /> · {hit.dispute.category}
                </p>
                <p className="hint">
                  {t('supervision.search.foundIn', {
                    field: t(`supervision.search.field.${hit.field}`),
                    at: formatDateTime(hit.at, i18n.language),
                  })}
                </p>
                <blockquote>
                  <Snippet text={hit.snippet} />
                </blockquote>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
