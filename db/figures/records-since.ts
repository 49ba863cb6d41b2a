/**
 * The first day Plassplan holds the office's events: the day of the first place report
 * (a leader's morning report exists only in Plassplan; applications and stays may be
 * imported with older dates). A period that starts before it is incomplete, and a
 * comparison with it says more about the records than about the office.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';

/** ISO day (Europe/Oslo) of the first place report; null when there is none. */
export async function recordsSince(db: DbOrTx): Promise<string | null> {
  const [row] = await queryRows<{ day: string | null }>(db,
    sql`select (min(reported_at) at time zone 'Europe/Oslo')::date::text as day from place_reports`);
  return row?.day ?? null;
}
