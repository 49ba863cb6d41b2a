/**
 * Reads the import file: UTF-8 with or without BOM, `;` or `,` between fields (decided by
 * the header line), quoted fields as in RFC 4180. csv-parse does the splitting, fed in
 * slices with a turn of the event loop between them: a 5 MB file takes a second of CPU,
 * and other requests should not wait for it.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { yieldToEventLoop } from '../../db/batch.ts';
import { COLUMN_NAMES, REQUIRED_COLUMNS } from './columns.ts';

export interface CsvRow {
  /** Line in the file where the row starts; the header is line 1. */
  line: number;
  values: Record<string, string>;
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; errors: string[] };

const normalizeHeader = (name: string) => name.trim().toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/[\s-]+/g, '_');

type CsvRecord = { record: string[]; info: { lines: number } };

/** Characters (UTF-16 units) per slice fed to the parser. */
export const SLICE_CHARS = 64 * 1024;

/** Splits the file into rows keyed by column name, or says why the file as a whole cannot be read. */
export async function parseCsv(file: Buffer): Promise<CsvResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return { ok: false, errors: ['Filen er ikke UTF-8. Lagre den som «CSV UTF-8» og prøv igjen.'] };
  }
  const headerLine = text.split('\n', 1)[0] ?? '';
  const delimiter = headerLine.includes(';') ? ';' : ',';
  let records: CsvRecord[];
  try {
    const parser = parse({ delimiter, relax_column_count: true, skip_empty_lines: true, info: true, trim: true });
    records = await Readable.from(slices(text)).pipe(parser).toArray() as CsvRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, errors: [`Filen kan ikke leses${line ? ` (rad ${line})` : ''}: sjekk anførselstegn.`] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, errors: ['Filen er tom.'] };
  const columns = header.record.map(normalizeHeader);
  const problems = headerProblems(columns);
  if (problems.length) return { ok: false, errors: problems };
  const errors: string[] = [];
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    // csv-parse counts the line a record ends on; a quoted field may span lines.
    const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== columns.length) errors.push(`Rad ${line}: har ${record.length} felt, overskriften har ${columns.length}.`);
    else rows.push({ line, values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) });
  }
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: ['Filen har ingen rader under overskriften.'] };
  return { ok: true, rows };
}

/** The text in slices, never splitting a surrogate pair (the stream encodes each slice alone). */
async function* slices(text: string): AsyncGenerator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + SLICE_CHARS, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end++;
    if (start > 0) await yieldToEventLoop();
    yield text.slice(start, end);
    start = end;
  }
}

function headerProblems(columns: string[]): string[] {
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !COLUMN_NAMES.includes(c));
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  return [
    ...missing.map((c) => `Kolonnen «${c}» mangler i overskriften.`),
    ...unknown.map((c) => `Ukjent kolonne «${c}».`),
    ...twice.map((c) => `Kolonnen «${c}» står to ganger.`),
  ];
}
