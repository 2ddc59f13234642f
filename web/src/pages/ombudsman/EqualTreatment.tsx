import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { BarChart } from '../../components/BarChart';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime, instantToWarsawLocal, warsawLocalToInstant } from '../../format/dates';
import { graphql } from '../../gql';
import { lastEndedMonth, parsePeriod, periodCode, periodDates, type Period, type PeriodKind } from './period';

const ReportDocument = graphql(`
  query EqualTreatment($from: DateTime!, $to: DateTime!, $dimension: String!) {
    equalTreatmentReport(from: $from, to: $to, dimension: $dimension) {
      dimension
      from
      to
      asOf
      minimumGroupSize
      groups {
        group
        suppressed
        suppressedFigures
        count
        upheldRate
        adverseImpactRatio
        flagged
        pValue
        reading {
          pl
          en
        }
        medianDaysToDecision
        deadlineComplianceRate
      }
      overallTest {
        test
        pValue
        reading {
          pl
          en
        }
      }
    }
    consistencyFlags(from: $from, to: $to) {
      disputeId
      pseudonym
      category
      unit
      reason
      days
      peerMedianDays
    }
  }
`);

/**
 * What a report may be split by (the API's closed list, schema/equality-dimensions.ts): the equality questions, then
 * properties of the case itself. The office's own list of questions (equalityQuestions) is for the consent form and
 * not for the ombudsman's role; a question the office does not ask reports every case as "not given".
 */
const dimensions = [
  'sex',
  'ageBand',
  'disability',
  'ethnicOrigin',
  'firstLanguage',
  'channel',
  'unit',
  'category',
  'language',
  'accessibilityNeeds',
];
const fourFifths = 0.8;

/**
 * The ombudsman reviewer's home: the equal-treatment report for an ended month, quarter or year, by one dimension,
 * with the upheld rate per group against the four-fifths line, suppressed groups shown as such, and the cases far
 * from their peers, each opening pseudonymised. The period and dimension stay in the address.
 */
export function EqualTreatment() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('ombudsman.title'));
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  const [params, setParams] = useSearchParams();
  const today = instantToWarsawLocal(new Date().toISOString()).slice(0, 10);
  const period = parsePeriod(params.get('period')) ?? lastEndedMonth(today);
  const dimension = dimensions.find((d) => d === params.get('dimension')) ?? 'sex';
  const [kind, setKind] = useState<PeriodKind>(period.kind);
  const { from, to } = periodDates(period);
  const ended = to <= today;
  const [{ data, error }] = useQuery({
    query: ReportDocument,
    variables: { from: warsawLocalToInstant(`${from}T00:00`), to: warsawLocalToInstant(`${to}T00:00`), dimension },
    pause: !ended,
  });
  const problem = problemOf(error);
  const report = data?.equalTreatmentReport;
  const currentYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => currentYear - i);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen: Period = { kind, year: Number(form.get('year')), index: kind === 'year' ? 1 : Number(form.get(kind)) };
    setParams({ period: periodCode(chosen), dimension: String(form.get('dimension') ?? 'sex') });
  }

  const percent = (v: number | null | undefined) =>
    v == null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'pl-PL', { style: 'percent', maximumFractionDigits: 1 }).format(v);
  const decimal = (v: number | null | undefined, digits = 2) =>
    v == null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'pl-PL', { maximumFractionDigits: digits }).format(v);
  // An empty figure is either hidden (its set is in suppressedFigures) or has nothing to be computed from: say which.
  type Group = NonNullable<typeof report>['groups'][number];
  const shown = (g: Group, set: string, value: number | null | undefined, format: (v: number) => string) =>
    value != null ? format(value) : g.suppressedFigures.includes(set) ? t('ombudsman.hidden') : '—';
  const groupLabel = (group: string) =>
    t(`ombudsman.groups.${dimension}.${group}`, { defaultValue: t(`ombudsman.groups.${group}`, { defaultValue: group }) });
  const rates = (report?.groups ?? []).flatMap((g) => (g.upheldRate == null ? [] : [g.upheldRate]));
  const best = rates.length > 1 ? Math.max(...rates) : 0;
  const lastDay = new Date(`${to}T12:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);
  const printable = `/exports/equal-treatment.html?${new URLSearchParams({ from, to, dimension, lang })}`;

  return (
    <>
      <h1>{t('ombudsman.title')}</h1>
      <p>{t('ombudsman.lead')}</p>
      <form onSubmit={submit} noValidate aria-labelledby="report-period" key={params.toString()}>
        <h2 id="report-period" className="visually-hidden">
          {t('ombudsman.period')}
        </h2>
        <p className="hint">{t('ombudsman.periodHint')}</p>
        <div className="filters">
          <Field label={t('ombudsman.periodKind')}>
            <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
              {(['month', 'quarter', 'year'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`ombudsman.periodKinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('ombudsman.year')}>
            <select name="year" defaultValue={period.year}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </Field>
          {kind === 'month' && (
            <Field label={t('ombudsman.month')}>
              <select name="month" defaultValue={period.kind === 'month' ? period.index : 1}>
                {Array.from({ length: 12 }, (_, i) => (
                  <option key={i} value={i + 1}>
                    {new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'pl-PL', { month: 'long', timeZone: 'UTC' }).format(
                      new Date(Date.UTC(2025, i, 15)),
                    )}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {kind === 'quarter' && (
            <Field label={t('ombudsman.quarter')}>
              <select name="quarter" defaultValue={period.kind === 'quarter' ? period.index : 1}>
                {['I', 'II', 'III', 'IV'].map((n, i) => (
                  <option key={n} value={i + 1}>
                    {t('ombudsman.quarterName', { n })}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field label={t('ombudsman.dimension')}>
            <select name="dimension" defaultValue={dimension}>
              {dimensions.map((d) => (
                <option key={d} value={d}>
                  {t(`ombudsman.dimensions.${d}`, { defaultValue: d })}
                </option>
              ))}
            </select>
          </Field>
          <div className="actions">
            <button type="submit">{t('ombudsman.show')}</button>
          </div>
        </div>
      </form>

      {!ended && <ErrorSummary messages={[t('ombudsman.notEnded')]} />}
      {problem && (
        <ErrorSummary messages={[problem.code === 'BAD_USER_INPUT' ? problem.message : problemMessage(problem, t, i18n.language)]} />
      )}
      {report && (
        <section aria-labelledby="report-title">
          <h2 id="report-title">
            {t(`ombudsman.dimensions.${report.dimension}`, { defaultValue: report.dimension })}: {formatDate(`${from}T12:00:00Z`, lang)} –{' '}
            {formatDate(lastDay.toISOString(), lang)}
          </h2>
          <p>
            {t('ombudsman.periodShown', {
              from: formatDate(`${from}T12:00:00Z`, lang),
              to: formatDate(lastDay.toISOString(), lang),
              asOf: formatDateTime(report.asOf, lang),
              min: report.minimumGroupSize,
            })}{' '}
            <a href={printable}>{t('ombudsman.printable')}</a>
          </p>
          {report.groups.length === 0 ? (
            <p>{t('ombudsman.noGroups')}</p>
          ) : (
            <BarChart
              title={t('ombudsman.chart')}
              max={1}
              bars={report.groups.map((g) => ({
                key: g.group,
                label: groupLabel(g.group),
                value: g.suppressed ? null : (g.upheldRate ?? null),
                text: g.suppressed ? t('ombudsman.hiddenLong') : shown(g, 'decisions', g.upheldRate, percent),
              }))}
              {...(best > 0
                ? { line: { value: fourFifths * best, label: t('ombudsman.chartLine', { value: percent(fourFifths * best) }) } }
                : {})}
              table={
                <table>
                  <caption className="visually-hidden">{t('ombudsman.chart')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ombudsman.group')}</th>
                      <th scope="col">{t('ombudsman.count')}</th>
                      <th scope="col">{t('ombudsman.upheldRate')}</th>
                      <th scope="col">{t('ombudsman.air')}</th>
                      <th scope="col">{t('ombudsman.flag')}</th>
                      <th scope="col">{t('ombudsman.pValue')}</th>
                      <th scope="col">{t('ombudsman.medianDays')}</th>
                      <th scope="col">{t('ombudsman.compliance')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.groups.map((g) => (
                      <tr key={g.group}>
                        <th scope="row">{groupLabel(g.group)}</th>
                        {g.suppressed ? (
                          <td colSpan={7}>{t('ombudsman.hiddenLong')}</td>
                        ) : (
                          <>
                            <td>{shown(g, 'cases', g.count, String)}</td>
                            <td>{shown(g, 'decisions', g.upheldRate, percent)}</td>
                            <td>{shown(g, 'decisions', g.adverseImpactRatio, (v) => decimal(v))}</td>
                            <td className={g.flagged ? 'urgency-overdue' : undefined}>
                              {g.flagged == null
                                ? shown(g, 'decisions', null, String)
                                : g.flagged
                                  ? t('ombudsman.flagYes')
                                  : t('ombudsman.flagNo')}
                            </td>
                            <td>
                              {shown(g, 'decisions', g.pValue, (v) => `p = ${decimal(v, 3)}`)}
                              {g.reading && <span className="hint"> {g.reading[lang]}</span>}
                            </td>
                            <td>{shown(g, 'decisions', g.medianDaysToDecision, (v) => decimal(v, 1))}</td>
                            <td>{shown(g, 'deadlines', g.deadlineComplianceRate, percent)}</td>
                          </>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              }
            />
          )}
          {report.overallTest && (
            <p>
              {t('ombudsman.overall', {
                test: t(`ombudsman.tests.${report.overallTest.test}`),
                p: decimal(report.overallTest.pValue, 3),
                reading: report.overallTest.reading[lang],
              })}
            </p>
          )}
          <p className="hint">{t('ombudsman.note')}</p>
        </section>
      )}
      {data && (
        <section aria-labelledby="flags-title">
          <h2 id="flags-title">{t('ombudsman.flags')}</h2>
          <p>{t('ombudsman.flagsLead')}</p>
          {data.consistencyFlags.length === 0 ? (
            <p>{t('ombudsman.noFlags')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('ombudsman.flags')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ombudsman.pseudonym')}</th>
                    <th scope="col">{t('ombudsman.category')}</th>
                    <th scope="col">{t('ombudsman.unit')}</th>
                    <th scope="col">{t('ombudsman.reason')}</th>
                    <th scope="col">{t('ombudsman.days')}</th>
                    <th scope="col">{t('ombudsman.peerMedian')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.consistencyFlags.map((f) => (
                    <tr key={`${f.disputeId}:${f.reason}`}>
                      <th scope="row">
                        <Link
                          to={`/disputes/${encodeURIComponent(f.disputeId)}`}
                          aria-label={t('ombudsman.openCase', { pseudonym: f.pseudonym })}
                        >
                          {f.pseudonym}
                        </Link>
                      </th>
                      <td>{f.category}</td>
                      <td>{f.unit ?? t('ombudsman.noUnit')}</td>
                      <td>{t(`ombudsman.reasons.${f.reason}`)}</td>
                      <td>{decimal(f.days, 1)}</td>
                      <td>{decimal(f.peerMedianDays, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
