/**
 * A fingerprint of every data table, to assert that a refused request changed nothing.
 * Sessions are left out (a request may touch its own), and so are the audit entries that
 * record reading, not changing: views of a person and logins.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';

const TABLES = [
  'users', 'institutions', 'units', 'user_units', 'place_reports', 'persons', 'applications', 'waitlist_entries',
  'waitlist_unit_choices', 'hospital_stays', 'planning_runs', 'meetings', 'allocations', 'unit_stays',
  'expected_departures', 'settings', 'overligger_rates',
];
const READ_ACTIONS = ['person.view', 'user.login'];

/** Row count and a hash of the rows, per table. */
export async function dataFingerprint(db: Db): Promise<Record<string, string>> {
  const parts = [...TABLES.map((t) => `select '${t}' as name, count(*) || ':' || md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as print from ${t} r`),
    `select 'audit_log', count(*) || ':' || md5(coalesce(string_agg(r::text, '|' order by r.id), '')) from audit_log r where action not in (${READ_ACTIONS.map((a) => `'${a}'`).join(', ')})`];
  const rows = await queryRows<{ name: string; print: string }>(db, sql.raw(parts.join(' union all ')));
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}
