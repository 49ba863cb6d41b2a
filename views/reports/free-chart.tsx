import type { FreePoint } from '../../db/queries/report-history.ts';
import { formatCount, formatDate } from '../format.ts';

const WIDTH = 560;
const HEIGHT = 160;
const PAD = { left: 28, right: 8, top: 10, bottom: 22 };
const DAY_MS = 86_400_000;

const dayIndex = (from: string, date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Free places per day as a server-drawn SVG: no script and no style attributes (the CSP
 * forbids both); colours come from classes in reports.css. Closed days are marked.
 */
export function FreeChart({ points, from, days, staffed }: { points: FreePoint[]; from: string; days: number; staffed: number }) {
  const top = Math.max(1, staffed, ...points.map((p) => p.free));
  const x = (date: string) => PAD.left + (dayIndex(from, date) / Math.max(1, days - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (free: number) => PAD.top + (1 - free / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = points.map((p) => `${x(p.date).toFixed(1)},${y(p.free).toFixed(1)}`).join(' ');
  const ticks = [0, Math.round(top / 2), top].filter((v, i, all) => all.indexOf(v) === i);
  const summary = points.length
    ? `Ledige plasser per dag fra ${formatDate(from)}: ${points.length} dager med melding, minst ${Math.min(...points.map((p) => p.free))}, mest ${Math.max(...points.map((p) => p.free))}.`
    : 'Ingen meldinger de siste åtte ukene.';
  return (
    <figure class="free-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} width="100%" preserveAspectRatio="xMidYMid meet">
        {ticks.map((t) => (
          <g key={t}>
            <line class="chart-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="chart-label" x={PAD.left - 6} y={y(t) + 4} text-anchor="end">{t}</text>
          </g>
        ))}
        <text class="chart-label" x={PAD.left} y={HEIGHT - 4}>{formatDate(from).slice(0, 5)}</text>
        <text class="chart-label" x={WIDTH - PAD.right} y={HEIGHT - 4} text-anchor="end">i dag</text>
        {points.length > 1 && <polyline class="chart-line" points={line} fill="none" />}
        {points.map((p) => (
          <circle key={p.date} class={p.closed ? 'chart-point chart-closed' : 'chart-point'} cx={x(p.date)} cy={y(p.free)} r="3">
            <title>{`${formatDate(p.date)}: ${p.closed ? 'stengt' : formatCount(p.free, 'ledig', 'ledige')}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption class="muted">{summary}</figcaption>
    </figure>
  );
}
