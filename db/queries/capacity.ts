/**
 * What each unit can take: the latest report's free places, less the places reserved
 * in Plassplan, adjusted for what happened since the report (stays ended, admissions
 * made), and the departures the leader expects (one naming a resident who has since
 * left no longer counts: the place is already free). The planner's snapshot and the pages
 * all read capacity from here.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { osloToday } from '../dates.ts';
import type { PlaceKind } from '../schema.ts';
import { parseTextArray } from './queues.ts';
import { stillResident } from './reports.ts';
import { loadSettings } from './settings.ts';
import { isReportStale } from './staleness.ts';

export interface UnitCapacity {
  unitId: number;
  code: string;
  name: string;
  kind: PlaceKind;
  tags: string[];
  physicalBeds: number;
  /** Staffed beds: today's report's figure, or the unit's own when it never reported. */
  staffedBeds: number;
  reportedAt: Date | null;
  stale: boolean;
  closed: boolean;
  closedReason: string | null;
  /** Reported free places (staffed, empty, accepting) before reservations. */
  reportedFree: number;
  /** Reserved allocations not yet admitted. */
  reserved: number;
  /** Places ready for a new admission today: ≥ 0. */
  freeNow: number;
  /** Expected departures after today, from the latest report. */
  departures: { date: string; count: number }[];
}

interface Row {
  unit_id: number; code: string; name: string; kind: PlaceKind; tags: string[] | string;
  physical_beds: number; staffed_beds: number; reported_staffed: number | null; report_id: number | null; reported_at: Date | string | null;
  free_now: number | null; closed: boolean | null; closed_reason: string | null;
  reserved: number | string; ended_since: number | string; admitted_since: number | string;
}

/** Capacity of every active unit (or the given ones) on `now`'s Oslo day. */
export async function loadUnitCapacity(db: DbOrTx, now: Date, staleHour: number, onlyUnitIds?: number[]): Promise<UnitCapacity[]> {
  if (onlyUnitIds?.length === 0) return [];
  const filter = onlyUnitIds ? sql`and u.id in (${sql.join(onlyUnitIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  const today = osloToday(now);
  const { turnaroundDays } = await loadSettings(db);
  const rows = await queryRows<Row>(db, sql`
    with latest as (select distinct on (unit_id) * from place_reports order by unit_id, reported_at desc, id desc)
    select u.id as unit_id, u.code, u.name, u.kind, u.tags, u.physical_beds, u.staffed_beds,
      r.id as report_id, r.reported_at, r.free_now, r.staffed_beds as reported_staffed, r.closed_to_admissions as closed, r.closed_reason,
      (select count(*) from allocations a where a.unit_id = u.id and a.status = 'reserved') as reserved,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is not null and s.to_date <= ${today}
         and ${endedAfterReport} and not ${stillTurning(today, turnaroundDays)}) as ended_since,
      (select count(*) from allocations a where a.unit_id = u.id and a.status = 'admitted'
         and r.reported_at is not null and a.decided_at > r.reported_at) as admitted_since
    from units u left join latest r on r.unit_id = u.id
    where u.active ${filter}
    order by u.code`);
  const departures = await loadDepartures(db, rows.flatMap((r) => (r.report_id ? [r.report_id] : [])), today);
  const turning = await loadTurningBeds(db, today, turnaroundDays);
  return rows.map((row) => toCapacity(row, mergeDepartures(departures.get(row.report_id ?? -1) ?? [], turning.get(row.unit_id) ?? []), now, staleHour));
}

/** A stay ended after the unit's latest report (by registration time; by date for older rows). */
const endedAfterReport = sql`r.reported_at is not null and coalesce(s.ended_at > r.reported_at,
  s.to_date > (r.reported_at at time zone 'Europe/Oslo')::date)`;

/** A bed left by a move to another place is ready only after the turnaround (cleaning, preparing). */
const stillTurning = (today: string, turnaroundDays: number) =>
  sql`(s.end_reason = 'flyttet' and s.to_date + ${turnaroundDays}::int > ${today}::date)`;

/** Beds still turning around after a move, as departures on the day they are ready. */
async function loadTurningBeds(db: DbOrTx, today: string, turnaroundDays: number): Promise<Map<number, UnitCapacity['departures']>> {
  const rows = await queryRows<{ unit_id: number; date: string; count: number | string }>(db, sql`
    with latest as (select distinct on (unit_id) * from place_reports order by unit_id, reported_at desc, id desc)
    select s.unit_id, (s.to_date + ${turnaroundDays}::int)::text as date, count(*) as count
    from unit_stays s join latest r on r.unit_id = s.unit_id
    where s.to_date is not null and s.to_date <= ${today} and ${endedAfterReport} and ${stillTurning(today, turnaroundDays)}
    group by s.unit_id, s.to_date`);
  const byUnit = new Map<number, UnitCapacity['departures']>();
  for (const row of rows) byUnit.set(row.unit_id, [...(byUnit.get(row.unit_id) ?? []), { date: row.date, count: Number(row.count) }]);
  return byUnit;
}

function mergeDepartures(a: UnitCapacity['departures'], b: UnitCapacity['departures']): UnitCapacity['departures'] {
  const byDate = new Map<string, number>();
  for (const d of [...a, ...b]) byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.count);
  return [...byDate].sort(([x], [y]) => x.localeCompare(y)).map(([date, count]) => ({ date, count }));
}

function toCapacity(row: Row, departures: UnitCapacity['departures'], now: Date, staleHour: number): UnitCapacity {
  const reportedAt = row.reported_at === null ? null : new Date(row.reported_at);
  const closed = row.closed ?? false;
  const reserved = Number(row.reserved);
  const reportedFree = row.free_now ?? 0;
  const free = reportedFree - reserved + Number(row.ended_since) - Number(row.admitted_since);
  return {
    unitId: row.unit_id, code: row.code, name: row.name, kind: row.kind, tags: parseTextArray(row.tags),
    physicalBeds: row.physical_beds, staffedBeds: row.reported_staffed ?? row.staffed_beds, reportedAt,
    stale: isReportStale(reportedAt, now, staleHour), closed, closedReason: row.closed_reason,
    reportedFree, reserved,
    freeNow: closed ? 0 : Math.max(0, Math.min(free, row.reported_staffed ?? row.staffed_beds)),
    departures: closed ? [] : departures,
  };
}

async function loadDepartures(db: DbOrTx, reportIds: number[], today: string): Promise<Map<number, UnitCapacity['departures']>> {
  const byReport = new Map<number, UnitCapacity['departures']>();
  if (reportIds.length === 0) return byReport;
  const rows = await queryRows<{ report_id: number; date: string; count: number | string }>(db, sql`
    select d.report_id, d.date::text as date, sum(d.count) as count from expected_departures d
    where d.report_id in (${sql.join(reportIds.map((id) => sql`${id}`), sql`, `)}) and d.date > ${today}
      and ${stillResident}
    group by d.report_id, d.date order by d.report_id, d.date`);
  for (const row of rows) {
    const list = byReport.get(row.report_id) ?? [];
    list.push({ date: row.date, count: Number(row.count) });
    byReport.set(row.report_id, list);
  }
  return byReport;
}
