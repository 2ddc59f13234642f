import { addDays, warsawDate } from '../../domain/deadlines/index.js';
import type { EqualTreatmentReportData } from '../equality/equality-services.js';
import { columnNames, dimensionNames, groupName, testNames, words, type Language } from './equal-treatment-labels.js';
import { barChart, escapeHtml } from './svg-charts.js';
import { longDate, longDateTime } from './warsaw-text.js';

const fourFifths = 0.8;

const style = `
  body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #111; }
  /* Fourteen columns fit the page's width (1280 px screens, A4 landscape): fixed layout, headers wrap between words. */
  table { border-collapse: collapse; margin: 1rem 0; width: 100%; table-layout: fixed; font-size: 13px; }
  th, td { border: 1px solid #999; padding: 2px 4px; text-align: right; overflow-wrap: anywhere; hyphens: auto; }
  th { font-weight: 600; vertical-align: bottom; } th:first-child { width: 12%; }
  th:first-child, td:first-child { text-align: left; } tr.suppressed td { color: #595959; }
  svg { display: block; margin: 1rem 0; font-size: 12px; max-width: 100%; height: auto; } svg rect { fill: #3a6ea5; } svg .title { font-weight: bold; font-size: 14px; }
  svg .reference line { stroke: #c00; stroke-width: 2; stroke-dasharray: 4 3; } svg .reference text, svg .missing { fill: #595959; }
  @media print { @page { size: A4 landscape; } body { margin: 0; } svg, table { page-break-inside: avoid; } }`;

/** The report as a printable page with two charts drawn on the server: no script, nothing fetched. */
export function equalTreatmentHtml(report: EqualTreatmentReportData, language: Language): string {
  const w = words[language];
  const c = columnNames[language];
  const locale = language === 'pl' ? 'pl-PL' : 'en-GB';
  const percent = (v: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v);
  const decimal = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(v);
  const show = (v: number | null, f: (v: number) => string) => (v === null ? '—' : f(v));
  const label = (group: string) => groupName(language, report.dimension, group);

  const rates = report.groups.map((g) => g.upheldRate).filter((v): v is number => v !== null);
  const best = rates.length > 0 ? Math.max(...rates) : 0;
  const upheld = barChart(
    report.groups.map((g) => ({ key: g.group, label: label(g.group), value: g.upheldRate, text: show(g.upheldRate, percent) })),
    {
      title: w.upheldChart,
      max: 1,
      missing: w.hidden,
      ...(best > 0 && rates.length > 1 ? { line: { value: fourFifths * best, label: w.line } } : {}),
    },
  );
  const days = report.groups.map((g) => g.medianDaysToDecision).filter((v): v is number => v !== null);
  const waiting = barChart(
    report.groups.map((g) => ({
      key: g.group,
      label: label(g.group),
      value: g.medianDaysToDecision,
      text: show(g.medianDaysToDecision, decimal),
    })),
    { title: w.daysChart, max: Math.max(1, ...days), missing: w.hidden },
  );

  const head = [
    'group',
    'count',
    'upheldRate',
    'adverseImpactRatio',
    'flagged',
    'pValue',
    'medianDaysToDecision',
    'p90DaysToDecision',
    'deadlineComplianceRate',
    'delayNoticeRate',
    'refusalCompletenessRate',
    'explanationsPerCase',
    'mediationOfferRate',
    'mediationAgreementRate',
  ] as const;
  const rows = report.groups.map((g) => {
    const cells = [
      label(g.group),
      show(g.count, String),
      show(g.upheldRate, percent),
      show(g.adverseImpactRatio, decimal),
      g.flagged === null ? '—' : g.flagged ? w.yes : w.no,
      show(g.pValue, decimal),
      show(g.medianDaysToDecision, decimal),
      show(g.p90DaysToDecision, decimal),
      show(g.deadlineComplianceRate, percent),
      show(g.delayNoticeRate, percent),
      show(g.refusalCompletenessRate, percent),
      show(g.explanationsPerCase, decimal),
      show(g.mediationOfferRate, percent),
      show(g.mediationAgreementRate, percent),
    ];
    return `<tr class="${g.suppressed ? 'suppressed' : 'shown'}" data-group="${escapeHtml(g.group)}">${cells.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`;
  });
  const overall = report.overall
    ? `<p class="overall">${escapeHtml(w.overall)}: ${escapeHtml(testNames[language][report.overall.test])}, p = ${decimal(report.overall.pValue)}</p>`
    : '';
  // The period's ends are Warsaw midnights: [1 January, 1 February) is printed as 1–31 January.
  const lastDay = addDays(warsawDate(report.to), -1);

  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(w.title)}</title><style>${style}</style></head>
<body>
<h1>${escapeHtml(w.title)}</h1>
<p>${escapeHtml(w.dimension)}: <strong>${escapeHtml(dimensionNames[language][report.dimension])}</strong>;
${escapeHtml(w.from)} ${longDate(warsawDate(report.from), language)}, ${escapeHtml(w.to)} ${longDate(lastDay, language)};
${escapeHtml(w.asOf)} ${longDateTime(report.asOf, language)} (${escapeHtml(w.warsawTime)}); ${escapeHtml(w.minimum)}: ${report.minimumGroupSize}.</p>
${upheld}
${waiting}
<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h === 'group' ? w.group : c[h])}</th>`).join('')}</tr></thead>
<tbody>${rows.join('')}</tbody></table>
${overall}
<p class="note">${escapeHtml(w.note)}</p>
</body></html>
`;
}
