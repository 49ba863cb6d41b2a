/**
 * A leader's place report (meldingen): today's figures pre-filled from the last report
 * and what Plassplan itself saw since, and saving a report with its expected departures
 * and audit entry in one transaction.
 */
import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { osloToday } from '../dates.ts';
import { expectedDepartures, type PlaceKind, placeReports } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { parseTextArray } from './queues.ts';
import { isReportStale } from './staleness.ts';

export interface ExpectedDeparture {
  date: string;
  count: number;
  personId: number | null;
  personName?: string | null;
}

/**
 * The figures of one report. Invariants (also in the schema): freeNow ≤ staffedBeds,
 * reserved ≤ freeNow, occupied + freeNow ≤ staffedBeds; closed needs a reason.
 */
export interface ReportFigures {
  staffedBeds: number;
  occupied: number;
  /** Staffed, empty and accepting beds, including those held for reserved allocations. */
  freeNow: number;
  reserved: number;
  closed: boolean;
  closedReason: string | null;
  note: string | null;
  departures: ExpectedDeparture[];
}

export interface ReportUnit {
  unitId: number;
  code: string;
  name: string;
  institution: string;
  kind: PlaceKind;
  tags: string[];
  physicalBeds: number;
  lastReportId: number | null;
  reportedAt: Date | null;
  stale: boolean;
  /** Reserved allocations to the unit, not yet admitted. */
  reservedAllocations: number;
  /** The last report as it was saved (future departures only), or null. */
  last: ReportFigures | null;
  /** Today's figures: the last report adjusted for stays ended and admissions since (the pre-fill). */
  today: ReportFigures;
}

interface Row {
  unit_id: number; code: string; name: string; institution: string; kind: PlaceKind; tags: string[] | string;
  physical_beds: number; unit_staffed: number; report_id: number | null; reported_at: Date | string | null;
  staffed_beds: number | null; occupied: number | null; free_now: number | null;
  closed: boolean | null; closed_reason: string | null; note: string | null; reserved_reported: number | null;
  reserved: number | string; ended_since: number | string; admitted_since: number | string; open_stays: number | string;
}

/** The units (active, among `unitIds`) with their pre-filled figures for `now`'s Oslo day. */
export async function loadReportUnits(db: DbOrTx, unitIds: number[], now: Date, staleHour: number): Promise<ReportUnit[]> {
  if (unitIds.length === 0) return [];
  const today = osloToday(now);
  const rows = await queryRows<Row>(db, sql`
    with latest as (select distinct on (unit_id) * from place_reports order by unit_id, reported_at desc, id desc)
    select u.id as unit_id, u.code, u.name, i.name as institution, u.kind, u.tags, u.physical_beds, u.staffed_beds as unit_staffed,
      r.id as report_id, r.reported_at, r.staffed_beds, r.occupied, r.free_now, r.closed_to_admissions as closed,
      r.closed_reason, r.note, r.reserved as reserved_reported,
      (select count(*) from allocations a where a.unit_id = u.id and a.status = 'reserved') as reserved,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is not null and s.to_date <= ${today}
         and r.reported_at is not null and s.to_date > (r.reported_at at time zone 'Europe/Oslo')::date) as ended_since,
      (select count(*) from allocations a where a.unit_id = u.id and a.status = 'admitted'
         and r.reported_at is not null and a.decided_at > r.reported_at) as admitted_since,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is null) as open_stays
    from units u join institutions i on i.id = u.institution_id left join latest r on r.unit_id = u.id
    where u.active and u.id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})
    order by i.name, u.name`);
  const departures = await loadFutureDepartures(db, rows.flatMap((r) => (r.report_id ? [r.report_id] : [])), today);
  return rows.map((row) => toReportUnit(row, departures.get(row.report_id ?? -1) ?? [], now, staleHour));
}

function toReportUnit(row: Row, departures: ExpectedDeparture[], now: Date, staleHour: number): ReportUnit {
  const reportedAt = row.reported_at === null ? null : new Date(row.reported_at);
  const reservedAllocations = Number(row.reserved);
  return {
    unitId: row.unit_id, code: row.code, name: row.name, institution: row.institution, kind: row.kind,
    tags: parseTextArray(row.tags), physicalBeds: row.physical_beds, lastReportId: row.report_id, reportedAt,
    stale: isReportStale(reportedAt, now, staleHour), reservedAllocations,
    last: row.report_id === null ? null : {
      staffedBeds: row.staffed_beds ?? 0, occupied: row.occupied ?? 0, freeNow: row.free_now ?? 0, reserved: row.reserved_reported ?? 0,
      closed: row.closed ?? false, closedReason: row.closed_reason, note: row.note, departures,
    },
    today: prefill(row, reservedAllocations, departures),
  };
}

/** Last report ± what happened since; a unit never reported starts from its beds and open stays. */
function prefill(row: Row, reservedAllocations: number, departures: ExpectedDeparture[]): ReportFigures {
  const staffed = row.staffed_beds ?? row.unit_staffed;
  const moved = Number(row.ended_since) - Number(row.admitted_since);
  const occupied = row.report_id === null ? Number(row.open_stays) : Math.max(0, (row.occupied ?? 0) - moved);
  const free = row.report_id === null ? staffed - occupied : (row.free_now ?? 0) + moved;
  const freeNow = Math.max(0, Math.min(free, staffed - Math.min(occupied, staffed)));
  return {
    staffedBeds: staffed, occupied: Math.min(occupied, staffed), freeNow,
    reserved: Math.min(reservedAllocations, freeNow),
    closed: row.closed ?? false, closedReason: row.closed_reason, note: row.note, departures,
  };
}

/** An expected departure naming a person counts only while that person still lives in the unit. */
export const stillResident = sql`(d.person_id is null or exists (select 1 from unit_stays s join place_reports pr on pr.id = d.report_id
  where s.person_id = d.person_id and s.unit_id = pr.unit_id and s.to_date is null))`;

/** Expected departures of the reports from today on (a departure today may still be registered). */
async function loadFutureDepartures(db: DbOrTx, reportIds: number[], today: string): Promise<Map<number, ExpectedDeparture[]>> {
  const byReport = new Map<number, ExpectedDeparture[]>();
  if (reportIds.length === 0) return byReport;
  const rows = await queryRows<{ report_id: number; date: string; count: number; person_id: number | null; person_name: string | null }>(db, sql`
    select d.report_id, d.date::text as date, d.count, d.person_id, p.name as person_name
    from expected_departures d left join persons p on p.id = d.person_id
    where d.report_id in (${sql.join(reportIds.map((id) => sql`${id}`), sql`, `)}) and d.date >= ${today} and ${stillResident}
    order by d.report_id, d.date, d.id`);
  for (const row of rows) {
    const list = byReport.get(row.report_id) ?? [];
    list.push({ date: row.date, count: row.count, personId: row.person_id, personName: row.person_name });
    byReport.set(row.report_id, list);
  }
  return byReport;
}

const auditFigures = (f: ReportFigures) => ({
  staffedBeds: f.staffedBeds, occupied: f.occupied, freeNow: f.freeNow, reserved: f.reserved, closed: f.closed,
  closedReason: f.closedReason, note: f.note, departures: f.departures.map(({ date, count, personId }) => ({ date, count, personId })),
});

/**
 * Saves a new report for the unit with its expected departures and one audit entry
 * (before: the last report, after: the new one). Returns the report id.
 */
export async function saveReport(db: DbOrTx, unit: ReportUnit, figures: ReportFigures, userId: number, now: Date,
  action: 'create' | 'confirm' | 'departure' = 'create'): Promise<number> {
  return db.transaction(async (tx) => {
    const [report] = await tx.insert(placeReports).values({
      unitId: unit.unitId, reportedBy: userId, reportedAt: now, staffedBeds: figures.staffedBeds, occupied: figures.occupied,
      freeNow: figures.freeNow, reserved: figures.reserved, closedToAdmissions: figures.closed,
      closedReason: figures.closed ? figures.closedReason : null, note: figures.note,
    }).returning({ id: placeReports.id });
    const reportId = report!.id;
    if (figures.departures.length) {
      await tx.insert(expectedDepartures).values(figures.departures.map((d) => ({ reportId, date: d.date, count: d.count, personId: d.personId })));
    }
    await appendAudit(tx, {
      userId, action: `place_report.${action}`, entity: 'place_report', entityId: reportId,
      before: unit.last === null ? null : { reportId: unit.lastReportId, ...auditFigures(unit.last) },
      after: { unitId: unit.unitId, ...auditFigures(figures) },
    });
    return reportId;
  });
}

/** How many reports a unit has (for tests and the history page). */
export async function countReports(db: DbOrTx, unitId: number): Promise<number> {
  const rows = await db.select({ id: placeReports.id }).from(placeReports).where(eq(placeReports.unitId, unitId));
  return rows.length;
}
