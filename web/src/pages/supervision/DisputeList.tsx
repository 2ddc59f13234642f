import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, warsawLocalToInstant } from '../../format/dates';
import { graphql } from '../../gql';
import type { Channel, DisputeFilterInput, DisputeSort } from '../../gql/graphql';
import { CaseLink } from './CaseLink';

const DisputesDocument = graphql(`
  query DisputeList($filter: DisputeFilterInput, $sort: DisputeSort!, $first: Int!, $after: String) {
    disputes(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          registerNumber
          status
          category
          channel
          concernedUnit
          receivedAt
          dueAt
          overdue
          assignee {
            name
          }
        }
      }
    }
  }
`);

/** The people who carry cases now, for the assignee filter: supervisors choose by name, the API filters by id. */
const AssigneesDocument = graphql(`
  query ListAssignees {
    workload {
      byAssignee {
        assignee {
          userId
          name
        }
      }
      byUnit {
        unit
      }
    }
  }
`);

const pageSizes = [10, 20, 50];
const statuses = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'AWAITING_SUPPLEMENT',
  'IN_MEDIATION',
  'DECIDED',
  'PRIOR_POSITION_KEPT',
  'FORWARDED',
  'TREATED_IN_PROCEEDINGS',
  'LEFT_UNEXAMINED',
  'WITHDRAWN',
  'CLOSED',
] as const;
const channels: Channel[] = ['IN_PERSON', 'PHONE', 'LETTER', 'EMAIL', 'EPUAP', 'WEB'];
const sorts: DisputeSort[] = ['RECEIVED_DESC', 'RECEIVED_ASC', 'DUE_ASC', 'DUE_DESC'];
/** The filters a list is bookmarked with: each is a URL parameter of the same name. */
const filterKeys = [
  'status',
  'unit',
  'category',
  'assignee',
  'channel',
  'overdue',
  'receivedFrom',
  'receivedTo',
  'dueFrom',
  'dueTo',
  'sort',
  'size',
] as const;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

const startOfDay = (date: string) => warsawLocalToInstant(`${date}T00:00`);
/** "Until (inclusive)" a day is [.., start of the next day) for the API. */
const startOfNextDay = (date: string) => {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfDay(next.toISOString().slice(0, 10));
};

function filterOf(params: URLSearchParams): DisputeFilterInput {
  const filter: DisputeFilterInput = {};
  const get = (key: string) => params.get(key)?.trim() || null;
  const status = get('status');
  if (status && (statuses as readonly string[]).includes(status)) filter.status = [status];
  if (get('unit')) filter.unit = get('unit');
  if (get('category')) filter.category = get('category');
  const assignee = get('assignee');
  if (assignee === '-') filter.assigned = false;
  else if (assignee) filter.assigneeId = assignee;
  const channel = get('channel');
  if (channel && (channels as string[]).includes(channel)) filter.channel = channel as Channel;
  if (get('overdue') === 'yes') filter.overdue = true;
  if (get('overdue') === 'no') filter.overdue = false;
  for (const [key, field, at] of [
    ['receivedFrom', 'receivedFrom', startOfDay],
    ['receivedTo', 'receivedTo', startOfNextDay],
    ['dueFrom', 'dueFrom', startOfDay],
    ['dueTo', 'dueTo', startOfNextDay],
  ] as const) {
    const date = get(key);
    if (date && datePattern.test(date)) filter[field] = at(date);
  }
  return filter;
}

/**
 * Every dispute, filtered and sorted by the API, a page at a time. The filters and the page's cursor live in the
 * address, so a list can be bookmarked; the cursors of the pages before it travel in the history's state, so
 * "previous" goes back exactly (keyset pages cannot be counted backwards).
 */
export function DisputeList() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('supervision.list.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const earlier = ((location.state as { earlier?: (string | null)[] } | null)?.earlier ?? []).filter(
    (c): c is string | null => c === null || typeof c === 'string',
  );
  const after = params.get('after');
  const sortParam = params.get('sort') as DisputeSort | null;
  const sort = sortParam && sorts.includes(sortParam) ? sortParam : 'RECEIVED_DESC';
  const size = pageSizes.find((n) => String(n) === params.get('size')) ?? 20;
  const [{ data, error, fetching }] = useQuery({
    query: DisputesDocument,
    variables: { filter: filterOf(params), sort, first: size, after },
  });
  const [people] = useQuery({ query: AssigneesDocument });
  const problem = problemOf(error);
  const page = data?.disputes;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of filterKeys) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    navigate({ search: next.toString() });
  }
  const goTo = (cursor: string | null, stack: (string | null)[]) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    navigate({ search: next.toString() }, { state: { earlier: stack } });
  };
  const assignees = (people.data?.workload.byAssignee ?? []).flatMap((r) => (r.assignee ? [r.assignee] : []));
  const value = (key: string) => params.get(key) ?? '';

  return (
    <>
      <h1>{t('supervision.list.title')}</h1>
      <form onSubmit={apply} noValidate aria-labelledby="filters-title" key={params.toString()}>
        <h2 id="filters-title">{t('supervision.list.filters')}</h2>
        <div className="filters">
          <Field label={t('supervision.status')}>
            <select name="status" defaultValue={value('status')}>
              <option value="">{t('supervision.any')}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('supervision.unit')}>
            <input name="unit" defaultValue={value('unit')} list="known-units" />
          </Field>
          <datalist id="known-units">
            {(people.data?.workload.byUnit ?? []).flatMap((r) => (r.unit ? [<option key={r.unit} value={r.unit} />] : []))}
          </datalist>
          <Field label={t('supervision.category')}>
            <input name="category" defaultValue={value('category')} />
          </Field>
          <Field label={t('supervision.assignee')}>
            <select name="assignee" defaultValue={value('assignee')}>
              <option value="">{t('supervision.any')}</option>
              <option value="-">{t('supervision.unassigned')}</option>
              {assignees.map((a) => (
                <option key={a.userId} value={a.userId}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('supervision.channel')}>
            <select name="channel" defaultValue={value('channel')}>
              <option value="">{t('supervision.any')}</option>
              {channels.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('supervision.list.overdueOnly')}>
            <select name="overdue" defaultValue={value('overdue')}>
              <option value="">{t('supervision.any')}</option>
              <option value="yes">{t('supervision.list.overdueYes')}</option>
              <option value="no">{t('supervision.list.overdueNo')}</option>
            </select>
          </Field>
          <Field label={t('supervision.list.receivedFrom')}>
            <input type="date" name="receivedFrom" defaultValue={value('receivedFrom')} />
          </Field>
          <Field label={t('supervision.list.receivedTo')}>
            <input type="date" name="receivedTo" defaultValue={value('receivedTo')} />
          </Field>
          <Field label={t('supervision.list.dueFrom')}>
            <input type="date" name="dueFrom" defaultValue={value('dueFrom')} />
          </Field>
          <Field label={t('supervision.list.dueTo')}>
            <input type="date" name="dueTo" defaultValue={value('dueTo')} />
          </Field>
          <Field label={t('supervision.list.sort')}>
            <select name="sort" defaultValue={sort}>
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {t(`supervision.list.sorts.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('supervision.list.pageSize')}>
            <select name="size" defaultValue={size}>
              {pageSizes.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="actions">
          <button type="submit">{t('supervision.list.apply')}</button>
          <Link to="/disputes">{t('supervision.list.clear')}</Link>
        </div>
        <p className="hint">{t('supervision.list.bookmark')}</p>
      </form>

      {problem && <ErrorSummary messages={[problemMessage(problem, t, i18n.language)]} />}
      <p role="status" aria-busy={fetching}>
        {page &&
          !fetching &&
          `${t('supervision.list.found', { what: t('count.dispute', { count: page.totalCount }) })} ${t('supervision.list.page', { page: earlier.length + 1 })}.`}
      </p>
      {page && page.edges.length === 0 && <p>{t('supervision.list.none')}</p>}
      {page && page.edges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('supervision.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervision.case')}</th>
                <th scope="col">{t('supervision.receivedAt')}</th>
                <th scope="col">{t('supervision.category')}</th>
                <th scope="col">{t('supervision.unit')}</th>
                <th scope="col">{t('supervision.channel')}</th>
                <th scope="col">{t('supervision.assignee')}</th>
                <th scope="col">{t('supervision.status')}</th>
                <th scope="col">{t('supervision.dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <CaseLink id={node.id} registerNumber={node.registerNumber} />
                  </td>
                  <td>{formatDate(node.receivedAt, i18n.language)}</td>
                  <td>{node.category}</td>
                  <td>{node.concernedUnit ?? t('supervision.noUnit')}</td>
                  <td>{t(`channel.${node.channel}`)}</td>
                  <td>{node.assignee?.name ?? t('supervision.unassigned')}</td>
                  <td>{t(`status.${node.status}`, { defaultValue: node.status })}</td>
                  <td className={node.overdue ? 'urgency-overdue' : undefined}>
                    {formatDate(node.dueAt, i18n.language)}
                    {node.overdue && ` (${t('supervision.list.overdueMark')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t('supervision.list.pages')} className="actions">
        {earlier.length > 0 && (
          <button type="button" className="secondary" onClick={() => goTo(earlier[earlier.length - 1] ?? null, earlier.slice(0, -1))}>
            {t('supervision.list.previous')}
          </button>
        )}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <button type="button" onClick={() => goTo(page.pageInfo.endCursor ?? null, [...earlier, after])}>
            {t('supervision.list.next')}
          </button>
        )}
      </nav>
    </>
  );
}
