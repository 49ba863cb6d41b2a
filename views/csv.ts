/** CSV for Norwegian Excel: `;` between fields, CRLF between records, a UTF-8 byte-order mark first. */

const BOM = '\uFEFF';
const SEPARATOR = ';';

/**
 * One field, RFC 4180 style: quoted when it holds the separator, a quote or a line break,
 * quotes doubled inside. A field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
 * apostrophe so Excel shows it as text instead of running it as a formula; a plain
 * negative number such as `-3` stays a number.
 */
export function csvField(value: string): string {
  const safe = looksLikeFormula(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, then one record per row, each ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(SEPARATOR) + '\r\n').join('');
}

/** Starts like an Excel formula and is not a plain number. */
export const looksLikeFormula = (value: string): boolean => /^[=+\-@\t\r]/.test(value) && !/^-\d+(,\d+)?$/.test(value);
