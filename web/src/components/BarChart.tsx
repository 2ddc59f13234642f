import { useId, type ReactNode } from 'react';

export interface Bar {
  /** Stable key (a group's code, a person's id). */
  key: string;
  label: string;
  /** Null: nothing may be shown (e.g. a suppressed group); drawn as a labelled gap, never as zero. */
  value: number | null;
  /** Written beside the bar, e.g. "42 %"; for a null value, what stands instead of the bar. */
  text: string;
}

/**
 * A horizontal bar chart as plain SVG, with its figures also as a table (`table`, shown under the chart) for
 * screen readers and for anyone who reads numbers better than lengths (WCAG 1.1.1, 1.4.1). Nothing is fetched,
 * no script beyond React; `line` draws a reference, e.g. 0.8 × the best group's rate.
 */
export function BarChart({
  title,
  bars,
  max,
  line,
  table,
}: {
  title: string;
  bars: readonly Bar[];
  max: number;
  line?: { value: number; label: string };
  table: ReactNode;
}) {
  const id = useId();
  const row = 28;
  const labelWidth = 220;
  const plotWidth = 440;
  // Room for the figure written after the longest bar ("12 otwartych, 3 po terminie"), which was cut off at 130.
  const textWidth = 220;
  const top = 8;
  const height = top + bars.length * row + (line ? 28 : 8);
  const x = (v: number) => labelWidth + (max > 0 ? (Math.min(v, max) / max) * plotWidth : 0);
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-table`}
        viewBox={`0 0 ${labelWidth + plotWidth + textWidth} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((b, i) => {
          const y = top + i * row;
          return (
            <g key={b.key} data-key={b.key} data-value={b.value ?? undefined} className={b.value === null ? 'bar missing' : 'bar'}>
              <text x={labelWidth - 8} y={y + 18} textAnchor="end">
                {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
              </text>
              {b.value !== null && <rect x={labelWidth} y={y + 5} width={Math.max(x(b.value) - labelWidth, 1)} height={row - 10} />}
              <text x={b.value === null ? labelWidth + 4 : x(b.value) + 6} y={y + 18} className={b.value === null ? 'missing' : undefined}>
                {b.text}
              </text>
            </g>
          );
        })}
        {line && (
          <g className="reference" data-value={line.value}>
            <line x1={x(line.value)} x2={x(line.value)} y1={top} y2={height - 22} />
            <text x={x(line.value)} y={height - 6} textAnchor="middle">
              {line.label}
            </text>
          </g>
        )}
      </svg>
      <div className="table-wrap" id={`${id}-table`}>
        {table}
      </div>
    </figure>
  );
}
