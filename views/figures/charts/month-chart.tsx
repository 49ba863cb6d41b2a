/**
 * A monthly series as a server-drawn SVG (d3-scale and d3-shape compute the geometry; no
 * script, no style attributes: the CSP forbids both, colours come from figures.css), with
 * its target as a labelled dashed line and the same numbers in a table beside it.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { describeSeries, type MonthPoint, type SeriesTarget, targetMet } from './describe-series.ts';

/** The drawing's size in SVG units; text is 16 units high, so it stays readable on a projector. */
export const CHART = { width: 720, height: 340, left: 64, right: 16, top: 24, bottom: 56 } as const;

export interface MonthChartProps {
  id: string;
  title: string;
  points: MonthPoint[];
  variant: 'line' | 'bar';
  /** Writes a value with its unit, for the labels, the table and the text alternative. */
  format: (value: number) => string;
  /** The column heading of the values in the table, e.g. «Andel brudd». */
  valueHeading: string;
  target?: SeriesTarget & { label: string };
  /** Writes the axis' values (default `format`); shorter, when the unit is in the title. */
  tickFormat?: (value: number) => string;
  /** The highest the axis may go (100 for shares), however much room above the top value would be nice. */
  ceiling?: number;
}

/** The scales a chart uses: exported so tests can say where a value must be drawn. */
export function chartScales(points: MonthPoint[], target?: SeriesTarget, ceiling = Infinity) {
  const top = Math.max(target?.value ?? 0, ...points.map((p) => p.value ?? 0));
  const y = scaleLinear().domain([0, top > 0 ? Math.min(top * 1.1, Math.max(ceiling, top)) : 1]).nice().range([CHART.height - CHART.bottom, CHART.top]);
  const x = scaleBand<string>().domain(points.map((p) => p.month)).range([CHART.left, CHART.width - CHART.right]).padding(0.25);
  return { x, y };
}

export function MonthChart({ id, title, points, variant, format, valueHeading, target, ceiling, tickFormat = format }: MonthChartProps) {
  const { x, y } = chartScales(points, target, ceiling);
  const mid = (p: MonthPoint) => x(p.month)! + x.bandwidth() / 2;
  const path = line<MonthPoint>().defined((p) => p.value !== null).x(mid).y((p) => y(p.value ?? 0))(points) ?? '';
  const desc = describeSeries(title, points, format, target);
  const ticks = y.ticks(4);
  return (
    <figure class="month-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="ds-heading" data-size="xs">{title}</figcaption>
      <div class="month-chart-body">
        <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} class="month-chart-svg">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{desc}</desc>
          {ticks.map((t) => (
            <g key={t}>
              <line class="chart-grid" x1={CHART.left} x2={CHART.width - CHART.right} y1={y(t)} y2={y(t)} />
              <text class="chart-label" x={CHART.left - 8} y={y(t) + 5} text-anchor="end">{tickFormat(t)}</text>
            </g>
          ))}
          {points.map((p, i) => (points.length - 1 - i) % 2 === 0 && (
            <text key={p.month} class="chart-label" x={mid(p)} y={CHART.height - CHART.bottom + 24} text-anchor="middle">{p.label}</text>
          ))}
          {variant === 'bar' && points.map((p) => p.value !== null && (
            <rect key={p.month} class="chart-bar" x={x(p.month)} width={x.bandwidth()} y={y(p.value)} height={Math.max(0, y(0) - y(p.value))}>
              <title>{`${p.label}: ${format(p.value)}`}</title>
            </rect>
          ))}
          {variant === 'line' && <path class="chart-line" d={path} fill="none" />}
          {variant === 'line' && points.map((p) => p.value !== null && (
            <circle key={p.month} class={target && !targetMet(p.value, target) ? 'chart-point chart-missed' : 'chart-point'} cx={mid(p)} cy={y(p.value)} r="6">
              <title>{`${p.label}: ${format(p.value)}`}</title>
            </circle>
          ))}
          {target && (
            <g class="chart-target" data-target={target.value}>
              <line class="chart-target-line" x1={CHART.left} x2={CHART.width - CHART.right} y1={y(target.value)} y2={y(target.value)} />
              <text class="chart-target-label" x={CHART.width - CHART.right} y={y(target.value) - 8} text-anchor="end">{target.label}</text>
            </g>
          )}
          <line class="chart-axis" x1={CHART.left} x2={CHART.width - CHART.right} y1={y(0)} y2={y(0)} />
        </svg>
        <SeriesTable id={id} title={title} points={points} format={format} valueHeading={valueHeading} target={target} />
      </div>
    </figure>
  );
}

function SeriesTable({ id, title, points, format, valueHeading, target }: Pick<MonthChartProps, 'id' | 'title' | 'points' | 'format' | 'valueHeading' | 'target'>) {
  return (
    <table class="ds-table month-chart-table" data-size="sm" id={`${id}-tabell`}>
      <caption>{`Tall per måned: ${title.replace(/, per måned$| per måned$/, '').toLowerCase()}`}</caption>
      <thead>
        <tr><th scope="col">Måned</th><th scope="col">{valueHeading}</th>{target && <th scope="col">Målet nådd</th>}</tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{p.label}</th>
            <td>{p.value === null ? '–' : format(p.value)}</td>
            {target && <td>{p.value === null ? '–' : targetMet(p.value, target) ? 'Ja' : 'Nei'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
