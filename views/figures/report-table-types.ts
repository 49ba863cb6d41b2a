/**
 * A table of the Årsrapport as data: the page renders it as HTML and the CSV route writes it
 * as a file, both from the same cells, so a number cannot differ between the two.
 */

/** How a number is written: whole count, one decimal, a percentage (0–100) or kroner (whole). */
export type NumberKind = 'count' | 'decimal' | 'pct' | 'nok';

/** A number cell; `value` null when there is nothing to measure (shown as «–», empty in CSV). */
export interface NumberCell { value: number | null; as: NumberKind }

/** A cell: text (a label) or a number. */
export type Cell = string | NumberCell;

export interface ReportRow {
  /** The first cell is the row's header (th scope="row"). */
  cells: Cell[];
  /** A sum row, set apart in print. */
  total?: boolean;
}

export interface ReportTable {
  /** Stable id, used in the CSV file name and URL: `vedtak` → arsrapport-2026-vedtak.csv. */
  id: string;
  title: string;
  /** Column headers; the first is the row headers' column. */
  columns: string[];
  rows: ReportRow[];
  /** A sentence under the table: what is counted, or what is not. */
  note?: string;
}

export const count = (value: number | null): NumberCell => ({ value, as: 'count' });
export const decimal = (value: number | null): NumberCell => ({ value, as: 'decimal' });
export const pct = (value: number | null): NumberCell => ({ value, as: 'pct' });
export const nok = (value: number | null): NumberCell => ({ value, as: 'nok' });
