import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/BarChart';
import { formatDate } from '../../format/dates';

interface Counts {
  open: number;
  dueThisWeek: number;
  overdue: number;
  averageAgeDays?: number | null;
}
export interface WorkloadData {
  at: string;
  weekEnds: string;
  byAssignee: (Counts & { assignee?: { userId: string; name: string } | null })[];
  byUnit: (Counts & { unit?: string | null })[];
}

/** Who carries what: open cases per person and per unit as bars, every figure in the table under each chart. */
export function WorkloadCharts({ workload }: { workload: WorkloadData }) {
  const { t, i18n } = useTranslation();
  const people = workload.byAssignee.map((r) => ({
    key: r.assignee?.userId ?? '',
    label: r.assignee?.name ?? t('supervision.unassigned'),
    ...r,
  }));
  const units = workload.byUnit.map((r) => ({ key: r.unit ?? '', label: r.unit ?? t('supervision.noUnit'), ...r }));
  return (
    <section aria-labelledby="workload">
      <h2 id="workload">{t('supervision.dashboard.workload')}</h2>
      <p>{t('supervision.dashboard.weekEnds', { date: formatDate(`${workload.weekEnds}T12:00:00Z`, i18n.language) })}</p>
      <WorkloadChart title={t('supervision.dashboard.byPerson')} firstColumn={t('supervision.dashboard.person')} rows={people} />
      <WorkloadChart title={t('supervision.dashboard.byUnit')} firstColumn={t('supervision.unit')} rows={units} />
    </section>
  );
}

function WorkloadChart({
  title,
  firstColumn,
  rows,
}: {
  title: string;
  firstColumn: string;
  rows: (Counts & { key: string; label: string })[];
}) {
  const { t, i18n } = useTranslation();
  const decimal = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'pl-PL', { maximumFractionDigits: 1 });
  return (
    <BarChart
      title={title}
      max={Math.max(1, ...rows.map((r) => r.open))}
      bars={rows.map((r) => ({
        key: r.key,
        label: r.label,
        value: r.open,
        text: t('supervision.dashboard.chartBar', { count: r.open, overdue: r.overdue }),
      }))}
      table={
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              <th scope="col">{t('supervision.dashboard.open')}</th>
              <th scope="col">{t('supervision.dashboard.dueThisWeek')}</th>
              <th scope="col">{t('supervision.dashboard.overdueCount')}</th>
              <th scope="col">{t('supervision.dashboard.averageAge')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.open}</td>
                <td>{r.dueThisWeek}</td>
                <td className={r.overdue > 0 ? 'urgency-overdue' : undefined}>{r.overdue}</td>
                <td>{r.averageAgeDays == null ? '—' : decimal.format(r.averageAgeDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
