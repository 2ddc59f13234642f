/** Text for HTML and SVG: nothing a group name contains can become markup. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Bar {
  /** What a test or a script finds the bar by (the group's code); the label is for people. */
  key: string;
  label: string;
  /** Null: the group is suppressed (or has nothing to show); drawn as a labelled gap, never as zero. */
  value: number | null;
  /** Shown at the end of the bar, e.g. "42%". */
  text: string;
}

export interface BarChartOptions {
  title: string;
  /** The value at the right edge. */
  max: number;
  /** A vertical reference line, e.g. 0.8 × the best group's upheld rate. */
  line?: { value: number; label: string };
  /** What stands instead of a bar for a null value. */
  missing: string;
}

const row = 26;
const labelWidth = 200;
const plotWidth = 420;
const top = 34;

/** A horizontal bar chart as plain SVG: printable, no script, no fonts or files fetched. */
export function barChart(bars: readonly Bar[], { title, max, line, missing }: BarChartOptions): string {
  const height = top + bars.length * row + 28;
  const x = (v: number) => labelWidth + (max > 0 ? (v / max) * plotWidth : 0);
  const rows = bars.map((b, i) => {
    const y = top + i * row;
    const label = `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(b.label)}</text>`;
    if (b.value === null)
      return `<g class="bar missing" data-group="${escapeHtml(b.key)}">${label}<text x="${labelWidth + 4}" y="${y + 17}" class="missing">${escapeHtml(missing)}</text></g>`;
    const width = Math.max(x(b.value) - labelWidth, 1);
    return `<g class="bar" data-group="${escapeHtml(b.key)}" data-value="${b.value}">${label}<rect x="${labelWidth}" y="${y + 4}" width="${width.toFixed(1)}" height="${row - 8}"/><text x="${(labelWidth + width + 4).toFixed(1)}" y="${y + 17}">${escapeHtml(b.text)}</text></g>`;
  });
  const reference = line
    ? `<g class="reference" data-value="${line.value}"><line x1="${x(line.value).toFixed(1)}" x2="${x(line.value).toFixed(1)}" y1="${top - 4}" y2="${height - 24}"/><text x="${x(line.value).toFixed(1)}" y="${height - 8}" text-anchor="middle">${escapeHtml(line.label)}</text></g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${labelWidth + plotWidth + 80} ${height}" width="${labelWidth + plotWidth + 80}" height="${height}"><title>${escapeHtml(title)}</title><text x="0" y="18" class="title">${escapeHtml(title)}</text>${rows.join('')}${reference}</svg>`;
}
