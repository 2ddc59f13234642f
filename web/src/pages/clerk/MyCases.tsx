import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useMe } from '../../api/session';
import { DueDate } from '../../components/DueDate';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format/dates';
import { graphql } from '../../gql';
import type { MyCasesQuery } from '../../gql/graphql';

const MyCasesDocument = graphql(`
  query MyCases($me: ID!) {
    mine: disputes(filter: { assigneeId: $me, open: true }, sort: DUE_ASC, first: 100) {
      totalCount
      edges {
        node {
          ...CaseRow
        }
      }
    }
    unassigned: disputes(filter: { assigned: false, open: true }, sort: DUE_ASC, first: 100) {
      totalCount
      edges {
        node {
          ...CaseRow
        }
      }
    }
  }
  fragment CaseRow on Dispute {
    id
    category
    status
    channel
    concernedUnit
    receivedAt
    dueAt
    overdue
    registerNumber
  }
`);

const DisputeReceivedDocument = graphql(`
  subscription DisputeReceived {
    disputeReceived {
      id
      category
    }
  }
`);

type Connection = MyCasesQuery['mine'];

function CaseTable({ title, empty, connection }: { title: string; empty: string; connection: Connection | undefined }) {
  const { t, i18n } = useTranslation();
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const id = `cases-${title.replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              {title}: {t('clerk.cases.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('clerk.cases.case')}</th>
                <th scope="col">{t('clerk.cases.due')}</th>
                <th scope="col">{t('clerk.cases.status')}</th>
                <th scope="col">{t('clerk.cases.received')}</th>
                <th scope="col">{t('clerk.cases.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={`/disputes/${d.id}`}>{d.category}</Link>
                    {d.registerNumber && <span className="muted"> ({d.registerNumber})</span>}
                  </th>
                  <td>
                    <DueDate dueAt={d.dueAt} open overdue={d.overdue} />
                  </td>
                  <td>{t(`status.${d.status}`)}</td>
                  <td>
                    {formatDate(d.receivedAt, i18n.language)}, {t(`channel.${d.channel}`)}
                  </td>
                  <td>{d.concernedUnit ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {connection && connection.totalCount > rows.length && (
            <p>{t('clerk.cases.more', { shown: rows.length, total: connection.totalCount })}</p>
          )}
        </div>
      )}
    </section>
  );
}

/** The clerk's home: their open cases and those no one has taken yet, most urgent first; refreshed when one arrives. */
export function MyCases() {
  const { t } = useTranslation();
  usePageTitle(t('clerk.cases.title'));
  const me = useMe();
  const [{ data, fetching }, refetch] = useQuery({
    query: MyCasesDocument,
    variables: { me: me.userId },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: arrived }] = useSubscription({ query: DisputeReceivedDocument });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (!arrived) return;
    setAnnounced(t('clerk.cases.newArrived', { category: arrived.disputeReceived.category }));
    refetch({ requestPolicy: 'network-only' });
  }, [arrived?.disputeReceived.id]);

  return (
    <>
      <h1>{t('clerk.cases.title')}</h1>
      <p className="muted">{t('clerk.cases.live')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </p>
      {fetching && !data ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <CaseTable title={t('clerk.cases.mine')} empty={t('clerk.cases.noneMine')} connection={data?.mine} />
          <CaseTable title={t('clerk.cases.unassigned')} empty={t('clerk.cases.noneUnassigned')} connection={data?.unassigned} />
        </>
      )}
    </>
  );
}
