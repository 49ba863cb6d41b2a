/**
 * Many rows in few statements. drizzle builds a multi-row insert at tens of microseconds
 * per value, so 20,000 vedtak took half a minute to build; here a slice of rows travels
 * as one JSON parameter that the database unpacks (`jsonb_to_recordset`). Between slices
 * the event loop gets a turn: PGlite runs each query in this thread and resolves it
 * without yielding, so a long series of statements would keep even static files waiting.
 */
import { type AnyColumn, type InferInsertModel, type InferSelectModel, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from './client.ts';

/** Rows per statement: a slice takes tens of milliseconds. */
export const SLICE_ROWS = 1000;

/** Lets pending I/O (other requests) run before the next statement. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `write` on consecutive slices of `items` and concatenates what it returns; nothing for no items. */
export async function inSlices<T, R>(items: readonly T[], write: (slice: T[]) => Promise<R[]>, size = SLICE_ROWS): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await yieldToEventLoop();
    results.push(...(await write(items.slice(start, start + size))));
  }
  return results;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
// A record definition takes plain types; serial is integer with a default.
const recordType = (column: AnyColumn) => ({ serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' })[column.getSQLType()] ?? column.getSQLType();

/**
 * Inserts rows (all with the same keys; the columns left out take their defaults) and
 * returns the `returning` columns of each, in no particular order: match them by a key.
 * Values go as JSON: dates as ISO text, arrays as arrays, jsonb as it is.
 */
export async function insertRows<T extends PgTable, K extends keyof InferSelectModel<T> & string = never>(
  db: DbOrTx, table: T, rows: readonly InferInsertModel<T>[], returning: readonly K[] = [],
): Promise<Pick<InferSelectModel<T>, K>[]> {
  if (rows.length === 0) return [];
  const all = getTableColumns(table) as Record<string, AnyColumn>;
  const keys = Object.keys(rows[0]!);
  const names = keys.map((k) => quote(all[k]!.name)).join(', ');
  const record = keys.map((k) => `${quote(all[k]!.name)} ${recordType(all[k]!)}`).join(', ');
  const back: SQL = returning.length ? sql.raw(` returning ${returning.map((k) => `${quote(all[k]!.name)} as ${quote(k)}`).join(', ')}`) : sql``;
  return inSlices(rows, (slice) => {
    const json = JSON.stringify(slice.map((row) => Object.fromEntries(keys.map((k) => [all[k]!.name, (row as Record<string, unknown>)[k] ?? null]))));
    return queryRows<Pick<InferSelectModel<T>, K>>(db, sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(record)})${back}`);
  });
}

/** `column in (values)` with the values as one JSON parameter, however many there are. */
export function isAnyOf(column: AnyColumn, values: readonly (string | number)[]): SQL {
  return sql`${column} in (select value::${sql.raw(recordType(column))} from jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}
