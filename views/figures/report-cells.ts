/** A report table's cells as text: for the page (grouped thousands, «–» for nothing) and for CSV (Excel numbers). */
import { toCsv } from '../csv.ts';
import { formatCsvNumber, formatDecimal, formatNumber } from '../format.ts';
import type { Cell, ReportTable } from './report-table-types.ts';

/** A cell on the page: `3 412`, `10,4`; a share is written without its sign (the header or row label says «(%)»). */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (cell.value === null) return '–';
  return cell.as === 'count' || cell.as === 'nok' ? formatNumber(cell.value) : formatDecimal(cell.value);
}

/** A cell in a CSV file: no grouping, a decimal comma, shares and decimals with one decimal, nothing as empty. */
export function csvCell(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (cell.value === null) return '';
  return formatCsvNumber(cell.value, cell.as === 'count' || cell.as === 'nok' ? 0 : 1);
}

/** The table as a CSV file for Norwegian Excel: a header row, then one record per row. */
export const reportTableCsv = (table: ReportTable): string =>
  toCsv([table.columns, ...table.rows.map((row) => row.cells.map(csvCell))]);
