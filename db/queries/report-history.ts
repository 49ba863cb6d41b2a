/**
 * Looking back and chasing: every report a unit has made, free places per day for the
 * chart, and the units whose latest report is stale, with the leaders to remind.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { addDays, osloToday } from '../dates.ts';
import type { UnitCapacity } from './capacity.ts';
import type { ReportFigures } from './reports.ts';

/** A stored report as the history shows it: its figures, who sent it, and how many departures it announced. */
export type ReportHistoryRow = Omit<ReportFigures, 'departures'> & {
  reportId: number;
  reportedAt: Date;
  reportedBy: string | null;
  /** Sum of the expected departures given with the report. */
  departures: number;
};

/** The unit's reports, newest first (at most `limit`). */
export async function listUnitReports(db: DbOrTx, unitId: number, limit = 200): Promise<ReportHistoryRow[]> {
  const rows = await queryRows<{
    id: number; reported_at: Date | string; display_name: string | null; staffed_beds: number; occupied: number; free_now: number;
    reserved: number; closed_to_admissions: boolean; closed_reason: string | null; note: string | null; departures: number | string | null;
  }>(db, sql`
    select r.id, r.reported_at, u.display_name, r.staffed_beds, r.occupied, r.free_now, r.reserved, r.closed_to_admissions,
      r.closed_reason, r.note, (select sum(d.count) from expected_departures d where d.report_id = r.id) as departures
    from place_reports r left join users u on u.id = r.reported_by
    where r.unit_id = ${unitId} order by r.reported_at desc, r.id desc limit ${limit}`);
  return rows.map((r) => ({
    reportId: r.id, reportedAt: new Date(r.reported_at), reportedBy: r.display_name, staffedBeds: r.staffed_beds,
    occupied: r.occupied, freeNow: r.free_now, reserved: r.reserved, closed: r.closed_to_admissions,
    closedReason: r.closed_reason, note: r.note, departures: Number(r.departures ?? 0),
  }));
}

/** One point of the chart: the day's last report (closed counts as 0 free). */
export interface FreePoint { date: string; free: number; closed: boolean }

/** Free places by Oslo day over the `days` days up to today; days without a report are absent. */
export async function freePlacesByDay(db: DbOrTx, unitId: number, now: Date, days = 56): Promise<FreePoint[]> {
  const from = addDays(osloToday(now), -(days - 1));
  const rows = await queryRows<{ day: string; free_now: number; closed: boolean }>(db, sql`
    select distinct on (day) day, free_now, closed from (
      select (reported_at at time zone 'Europe/Oslo')::date::text as day, reported_at, id, free_now, closed_to_admissions as closed
      from place_reports where unit_id = ${unitId}) r
    where day >= ${from}
    order by day, reported_at desc, id desc`);
  return rows.map((r) => ({ date: r.day, free: r.closed ? 0 : r.free_now, closed: r.closed }));
}

/** A unit to chase: its latest report is stale by the settings' hour (or it never reported). */
export interface StaleReminder {
  unitId: number;
  code: string;
  name: string;
  reportedAt: Date | null;
  /** Active institution leaders assigned to the unit; empty means nobody is. */
  leaders: string[];
}

/** The stale units among the capacity rows (staleness.ts's rule), oldest report first. */
export async function listStaleReminders(db: DbOrTx, capacity: UnitCapacity[]): Promise<StaleReminder[]> {
  const stale = capacity.filter((u) => u.stale);
  if (stale.length === 0) return [];
  const leaders = await queryRows<{ unit_id: number; display_name: string }>(db, sql`
    select uu.unit_id, u.display_name from user_units uu join users u on u.id = uu.user_id
    where u.role = 'institusjonsleder' and u.active and uu.unit_id in (${sql.join(stale.map((s) => sql`${s.unitId}`), sql`, `)})
    order by u.display_name`);
  return stale
    .map((u) => ({
      unitId: u.unitId, code: u.code, name: u.name, reportedAt: u.reportedAt,
      leaders: leaders.filter((l) => l.unit_id === u.unitId).map((l) => l.display_name),
    }))
    .sort((a, b) => (a.reportedAt?.getTime() ?? 0) - (b.reportedAt?.getTime() ?? 0));
}
