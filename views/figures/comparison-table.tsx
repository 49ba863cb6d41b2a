/**
 * One section's table: each measure in this period, the period before, the change and the
 * target where one exists. On a phone each measure becomes a block (figures.css), its
 * numbers named by `data-label`.
 */
import { formatDecimal, formatNok, formatNumber, formatPercent, formatSigned } from '../format.ts';

/** How a measure's numbers read: counts, shares (0–100), days (one decimal), kroner, plain decimals. */
export type Unit = 'count' | 'pct' | 'days' | 'nok' | 'decimal';

export interface MeasureRow {
  label: string;
  current: number | null;
  previous: number | null;
  unit: Unit;
  /** The target as text, e.g. «høyst 5 %»; blank when the measure has none. */
  target?: string;
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  switch (unit) {
    case 'pct': return formatPercent(value);
    case 'nok': return formatNok(value);
    case 'count': return formatNumber(value);
    case 'days': return `${formatDecimal(value)} d`;
    case 'decimal': return formatDecimal(value);
  }
}

/** The change from the period before; shares change in percentage points. */
export function formatChange(current: number | null, previous: number | null, unit: Unit): string {
  if (current === null || previous === null) return '–';
  const change = formatSigned(current - previous);
  if (unit === 'pct') return `${change} prosentpoeng`;
  if (unit === 'nok') return `${change} kr`;
  if (unit === 'days') return `${change} d`;
  return change;
}

export interface ComparisonTableProps {
  caption: string;
  currentLabel: string;
  previousLabel: string;
  rows: MeasureRow[];
}

export function ComparisonTable({ caption, currentLabel, previousLabel, rows }: ComparisonTableProps) {
  const hasTarget = rows.some((r) => r.target);
  return (
    <table class="ds-table figure-table" data-border>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nøkkeltall</th>
          <th scope="col">{currentLabel}</th>
          <th scope="col">{previousLabel}</th>
          <th scope="col">Endring</th>
          {hasTarget && <th scope="col">Mål</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td data-label={currentLabel}>{formatValue(row.current, row.unit)}</td>
            <td data-label={previousLabel}>{formatValue(row.previous, row.unit)}</td>
            <td data-label="Endring">{formatChange(row.current, row.previous, row.unit)}</td>
            {hasTarget && <td data-label="Mål">{row.target ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
