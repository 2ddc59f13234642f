import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime, instantToWarsawLocal, warsawLocalToInstant } from '../../format/dates';
import { graphql } from '../../gql';
import { CaseLink } from './CaseLink';
import { WorkloadCharts, type WorkloadData } from './WorkloadCharts';

const DueSoonDocument = graphql(`
  query DueSoon {
    deadlines(within: 7, first: 100) {
      disputeId
      dueAt
      daysLeft
      workingDaysLeft
      dispute {
        id
        registerNumber
        category
        concernedUnit
        assignee {
          name
        }
      }
    }
  }
`);

const OverdueDocument = graphql(`
  query OverdueNow {
    overdue(first: 100) {
      disputeId
      dueAt
      daysLate
      workingDaysLate
      dispute {
        id
        registerNumber
        category
        concernedUnit
        assignee {
          name
        }
      }
    }
  }
`);

const DueSoonAsOfDocument = graphql(`
  query DueSoonAsOf($at: DateTime!) {
    deadlinesAsOf(at: $at, within: 7, first: 100) {
      disputeId
      dueAt
      daysLeft
      workingDaysLeft
      dispute {
        id
        registerNumber
        category
        concernedUnit
        assignee {
          name
        }
      }
    }
  }
`);
const OverdueAsOfDocument = graphql(`
  query OverdueAsOf($at: DateTime!) {
    overdueAsOf(at: $at, first: 100) {
      disputeId
      dueAt
      daysLate
      workingDaysLate
      dispute {
        id
        registerNumber
        category
        concernedUnit
        assignee {
          name
        }
      }
    }
  }
`);

const WorkloadDocument = graphql(`
  query WorkloadNow {
    workload {
      at
      weekEnds
      byAssignee {
        assignee {
          userId
          name
        }
        open
        dueThisWeek
        overdue
        averageAgeDays
      }
      byUnit {
        unit
        open
        dueThisWeek
        overdue
        averageAgeDays
      }
    }
  }
`);

const WorkloadAsOfDocument = graphql(`
  query WorkloadAsOf($at: DateTime!) {
    workloadAsOf(at: $at) {
      at
      weekEnds
      byAssignee {
        assignee {
          userId
          name
        }
        open
        dueThisWeek
        overdue
        averageAgeDays
      }
      byUnit {
        unit
        open
        dueThisWeek
        overdue
        averageAgeDays
      }
    }
  }
`);

const DisputeOverdueDocument = graphql(`
  subscription DashboardOverdue {
    disputeOverdue {
      id
    }
  }
`);

const DisputeReceivedDocument = graphql(`
  subscription DashboardReceived {
    disputeReceived {
      id
    }
  }
`);

interface LateRow {
  disputeId: string;
  dueAt: string;
  daysLate: number;
  workingDaysLate: number;
  dispute: {
    id: string;
    registerNumber?: string | null;
    category: string;
    concernedUnit?: string | null;
    assignee?: { name: string } | null;
  };
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The supervisor's home: due soon, overdue and the workload now, updated live; or, with "as it stood on", exactly
 * what the API answers for a past moment (deadlinesAsOf, overdueAsOf, workloadAsOf), clearly marked as the past. The moment is
 * kept in the address (?asOf=), so a past view can be bookmarked and shared.
 */
export function Dashboard() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('supervision.dashboard.title'));
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const at = asOfParam && instantPattern.test(asOfParam) ? asOfParam : null;
  const [local, setLocal] = useState(at ? instantToWarsawLocal(at) : '');
  const [inputError, setInputError] = useState<string | null>(null);

  function showPast(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return setInputError(t('supervision.dashboard.badMoment'));
    setInputError(null);
    setParams({ asOf: warsawLocalToInstant(local) });
  }

  return (
    <>
      <h1>{t('supervision.dashboard.title')}</h1>
      <form onSubmit={showPast} noValidate className="filters" aria-label={t('supervision.dashboard.asOf')}>
        <Field
          label={`${t('supervision.dashboard.asOf')} (${t('supervision.warsawTime')})`}
          hint={t('supervision.dashboard.asOfHint')}
          error={inputError}
        >
          <input type="datetime-local" name="asOf" value={local} onChange={(e) => setLocal(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit">{t('supervision.dashboard.showPast')}</button>
          {at && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setLocal('');
                setParams({});
              }}
            >
              {t('supervision.dashboard.backToNow')}
            </button>
          )}
        </div>
      </form>
      {at ? (
        <>
          <p className="past-view" role="status">
            {t('supervision.dashboard.pastBanner', { at: formatDateTime(at, i18n.language) })}
          </p>
          <PastDashboard at={at} />
        </>
      ) : (
        <>
          <p className="notice">{t('supervision.dashboard.liveNote')}</p>
          <LiveDashboard />
        </>
      )}
    </>
  );
}

function LiveDashboard() {
  const { t, i18n } = useTranslation();
  const [due, refetchDue] = useQuery({ query: DueSoonDocument });
  const [late, refetchLate] = useQuery({ query: OverdueDocument });
  const [work, refetchWork] = useQuery({ query: WorkloadDocument });
  const refresh = () => {
    for (const refetch of [refetchDue, refetchLate, refetchWork]) refetch({ requestPolicy: 'network-only' });
  };
  // Someone else's action, or the passing of time, changes the figures: ask again when the server says so.
  const onEvent = <T,>(_: unknown, event: T): T => {
    refresh();
    return event;
  };
  useSubscription({ query: DisputeOverdueDocument }, onEvent);
  useSubscription({ query: DisputeReceivedDocument }, onEvent);
  const problems = [due.error, late.error, work.error].map(problemOf).filter((p) => p !== null);
  return (
    <>
      <ErrorSummary messages={problems.map((p) => problemMessage(p, t, i18n.language))} />
      <DueSection rows={due.data?.deadlines} />
      <OverdueSection rows={late.data?.overdue} />
      {work.data && <WorkloadCharts workload={work.data.workload as WorkloadData} />}
    </>
  );
}

function PastDashboard({ at }: { at: string }) {
  const { t, i18n } = useTranslation();
  const [due] = useQuery({ query: DueSoonAsOfDocument, variables: { at } });
  const [late] = useQuery({ query: OverdueAsOfDocument, variables: { at } });
  const [work] = useQuery({ query: WorkloadAsOfDocument, variables: { at } });
  const problems = [due.error, late.error, work.error].map(problemOf).filter((p) => p !== null);
  return (
    <>
      <ErrorSummary messages={problems.map((p) => problemMessage(p, t, i18n.language))} />
      <DueSection rows={due.data?.deadlinesAsOf} />
      <OverdueSection rows={late.data?.overdueAsOf} />
      {work.data && <WorkloadCharts workload={work.data.workloadAsOf as WorkloadData} />}
    </>
  );
}

/** One table for what is due soon and what is late: the same columns but the last, which says how soon or how late. */
function DeadlineTable<R extends { disputeId: string; dueAt: string; dispute: LateRow['dispute'] }>({
  caption,
  lastHeader,
  rows,
  last,
}: {
  caption: string;
  lastHeader: string;
  rows: readonly R[];
  last: (row: R) => { className: string; text: string };
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervision.case')}</th>
            <th scope="col">{t('supervision.category')}</th>
            <th scope="col">{t('supervision.unit')}</th>
            <th scope="col">{t('supervision.assignee')}</th>
            <th scope="col">{t('supervision.dueAt')}</th>
            <th scope="col">{lastHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const { className, text } = last(r);
            return (
              <tr key={r.disputeId}>
                <td>
                  <CaseLink id={r.disputeId} registerNumber={r.dispute.registerNumber} />
                </td>
                <td>{r.dispute.category}</td>
                <td>{r.dispute.concernedUnit ?? t('supervision.noUnit')}</td>
                <td>{r.dispute.assignee?.name ?? t('supervision.unassigned')}</td>
                <td>{formatDate(r.dueAt, i18n.language)}</td>
                <td className={className}>{text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type DueRow = { disputeId: string; dueAt: string; daysLeft: number; workingDaysLeft: number; dispute: LateRow['dispute'] };

function DueSection({ rows }: { rows: readonly DueRow[] | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="due-soon">
      <h2 id="due-soon">{t('supervision.dashboard.dueSoon')}</h2>
      {rows && (rows.length === 0 ? <p>{t('supervision.dashboard.noneDueSoon')}</p> : <DueTable rows={rows} />)}
    </section>
  );
}

function DueTable({ rows }: { rows: readonly DueRow[] }) {
  const { t } = useTranslation();
  return (
    <DeadlineTable
      caption={t('supervision.dashboard.dueSoon')}
      lastHeader={t('supervision.dashboard.left')}
      rows={rows}
      last={(r) => ({
        className: r.daysLeft <= 2 ? 'urgency-soon' : 'urgency-ok',
        text: `${r.daysLeft === 0 ? t('supervision.dashboard.dueToday') : t('daysLeft', { count: r.daysLeft })} (${t('supervision.workingDays', { count: r.workingDaysLeft })})`,
      })}
    />
  );
}

function OverdueSection({ rows }: { rows: readonly LateRow[] | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="overdue">
      <h2 id="overdue">{t('supervision.dashboard.overdue')}</h2>
      {rows &&
        (rows.length === 0 ? (
          <p>{t('supervision.dashboard.noneOverdue')}</p>
        ) : (
          <DeadlineTable
            caption={t('supervision.dashboard.overdue')}
            lastHeader={t('supervision.dashboard.late')}
            rows={rows}
            last={(r) => ({
              className: 'urgency-overdue',
              text: `${t('daysLate', { count: r.daysLate })} (${t('supervision.workingDays', { count: r.workingDaysLate })})`,
            })}
          />
        ))}
    </section>
  );
}
