/**
 * A leader's place report (meldingen): today's figures pre-filled from the ledger (the
 * last report and what Plassplan itself saw since), and saving a report with its expected departures
 * and audit entry in one transaction.
 */
import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { osloToday } from '../dates.ts';
import { expectedDepartures, type PlaceKind, placeReports } from '../schema.ts';
import { appendAudit } from './audit.ts';
import type { DatedCount } from './ledger-days.ts';
import { stillResident } from './ledger-events.ts';
import { loadLedgers, type UnitLedger } from './ledger.ts';
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
  /** Reserved allocations to the unit, not yet admitted, whatever their date. */
  reservedAllocations: number;
  /** Of those, the ones waiting for a place that frees later (not held among today's free beds). */
  reservedLater: number;
  /** The first day on which reservations exceed the unit's places, and by how many; null when none. */
  shortfall: DatedCount | null;
  /** The last report as it was saved (future departures only), or null. */
  last: ReportFigures | null;
  /** Today's figures from the ledger (the pre-fill, and what «Ingen endring» saves). */
  today: ReportFigures;
}

interface Row {
  unit_id: number; institution: string; report_id: number | null;
  staffed_beds: number | null; occupied: number | null; free_now: number | null;
  closed: boolean | null; closed_reason: string | null; note: string | null; reserved_reported: number | null;
}

/** The units (active, among `unitIds`) with their figures for `now`'s Oslo day. */
export async function loadReportUnits(db: DbOrTx, unitIds: number[], now: Date, staleHour: number): Promise<ReportUnit[]> {
  if (unitIds.length === 0) return [];
  const today = osloToday(now);
  const ledgers = new Map((await loadLedgers(db, now, unitIds)).map((l) => [l.unitId, l]));
  const rows = await queryRows<Row>(db, sql`
    with latest as (select distinct on (unit_id) * from place_reports order by unit_id, reported_at desc, id desc)
    select u.id as unit_id, i.name as institution, r.id as report_id, r.staffed_beds, r.occupied, r.free_now,
      r.closed_to_admissions as closed, r.closed_reason, r.note, r.reserved as reserved_reported
    from units u join institutions i on i.id = u.institution_id left join latest r on r.unit_id = u.id
    where u.active and u.id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})
    order by i.name, u.name`);
  const departures = await loadFutureDepartures(db, rows.flatMap((r) => (r.report_id ? [r.report_id] : [])), today);
  return rows.map((row) => toReportUnit(row, ledgers.get(row.unit_id)!, departures.get(row.report_id ?? -1) ?? [], now, staleHour));
}

function toReportUnit(row: Row, ledger: UnitLedger, departures: ExpectedDeparture[], now: Date, staleHour: number): ReportUnit {
  return {
    unitId: ledger.unitId, code: ledger.code, name: ledger.name, institution: row.institution, kind: ledger.kind,
    tags: ledger.tags, physicalBeds: ledger.physicalBeds, lastReportId: row.report_id, reportedAt: ledger.reportedAt,
    stale: isReportStale(ledger.reportedAt, now, staleHour), reservedAllocations: ledger.reserved,
    reservedLater: Math.max(0, ledger.reserved - ledger.heldToday), shortfall: ledger.days.shortfall,
    last: row.report_id === null ? null : {
      staffedBeds: row.staffed_beds ?? 0, occupied: row.occupied ?? 0, freeNow: row.free_now ?? 0, reserved: row.reserved_reported ?? 0,
      closed: row.closed ?? false, closedReason: row.closed_reason, note: row.note, departures,
    },
    today: {
      staffedBeds: ledger.staffedBeds, occupied: ledger.occupied, freeNow: ledger.freeBeds, reserved: ledger.heldToday,
      closed: ledger.closed, closedReason: ledger.closedReason, note: row.note,
      // A bed still turning around after a move becomes an expected departure, so a new report keeps it.
      departures: [...departures, ...ledger.turning.map((t) => ({ date: t.date, count: t.count, personId: null }))],
    },
  };
}

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
