/**
 * The one ledger of places per unit and day: what the latest report said, adjusted for
 * what Plassplan saw since (stays ended, admissions), the departures the leader expects,
 * beds ready after a move's turnaround, beds of occupants reserved elsewhere (the chain),
 * the reservations by date, and booked stays (avlastning: a place held from the stay's
 * first day, given back on its last). The planner's snapshot, the accept check and every page
 * read their figures from here, so a place can never be promised twice.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { osloToday } from '../dates.ts';
import type { PlaceKind } from '../schema.ts';
import { type DatedCount, type LedgerDays, ledgerDays, type LedgerInput } from './ledger-days.ts';
import { endedAfterReport, type LedgerBooking, loadLedgerEvents, type LedgerEvents, stillTurning } from './ledger-events.ts';
import { parseTextArray } from './queues.ts';
import { loadSettings } from './settings.ts';

/** What every view of a unit's places starts from: the unit and its latest report. */
export interface UnitBasics {
  unitId: number;
  code: string;
  name: string;
  kind: PlaceKind;
  tags: string[];
  /** «Kun for»: tags a person must need to be placed here at all (each among `tags`). */
  onlyFor: string[];
  physicalBeds: number;
  /** Staffed beds: the latest report's figure, or the unit's own when it never reported. */
  staffedBeds: number;
  reportedAt: Date | null;
  closed: boolean;
  closedReason: string | null;
  /** The latest report's free places, as reported (before reservations). */
  reportedFree: number;
  /** Reserved allocations to the unit, not yet admitted, whatever their date. */
  reserved: number;
}

export interface UnitLedger extends UnitBasics {
  reportId: number | null;
  /** Beds occupied today: the report's figure with arrivals and departures since (never reported: the open stays). */
  occupied: number;
  /** Staffed, empty beds ready today, including those held for reservations; ≥ 0. */
  freeBeds: number;
  /** Of `freeBeds`, those a reservation needs (today or on a later day that nothing else frees in time). */
  heldToday: number;
  /** Beds left by a move after the report, ready after the turnaround: a new report keeps them as departures. */
  turning: DatedCount[];
  /** Supply and reservations (booked stays included) over days; `shortfall` when the unit is over-booked. */
  days: LedgerDays;
  /** Booked stays not over yet (avlastning), as counted in `days`. */
  bookings: LedgerBooking[];
  /** What `days` is worked out from, before the booked stays: for a snapshot that lists them apart. */
  base: LedgerInput;
}

interface Row {
  unit_id: number; code: string; name: string; kind: PlaceKind; tags: string[] | string; only_for: string[] | string; physical_beds: number; staffed_beds: number;
  report_id: number | null; reported_at: Date | string | null; free_now: number | null; reported_staffed: number | null;
  occupied: number | null; closed: boolean | null; closed_reason: string | null;
  ended_ready: number | string; ended_all: number | string; admitted_since: number | string; open_stays: number | string;
}

/** The ledger of every active unit (or the given ones) on `now`'s Oslo day, by unit code. */
export async function loadLedgers(db: DbOrTx, now: Date, onlyUnitIds?: number[]): Promise<UnitLedger[]> {
  if (onlyUnitIds?.length === 0) return [];
  const filter = onlyUnitIds ? sql`and u.id in (${sql.join(onlyUnitIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  const today = osloToday(now);
  const { turnaroundDays } = await loadSettings(db);
  const rows = await queryRows<Row>(db, sql`
    with latest as (select distinct on (unit_id) * from place_reports order by unit_id, reported_at desc, id desc)
    select u.id as unit_id, u.code, u.name, u.kind, u.tags, u.only_for, u.physical_beds, u.staffed_beds,
      r.id as report_id, r.reported_at, r.free_now, r.staffed_beds as reported_staffed, r.occupied,
      r.closed_to_admissions as closed, r.closed_reason,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is not null and s.to_date <= ${today}
         and ${endedAfterReport} and not ${stillTurning(today, turnaroundDays)}) as ended_ready,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is not null and s.to_date <= ${today}
         and ${endedAfterReport}) as ended_all,
      (select count(*) from allocations a where a.unit_id = u.id and a.status = 'admitted'
         and r.reported_at is not null and a.decided_at > r.reported_at) as admitted_since,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is null) as open_stays
    from units u left join latest r on r.unit_id = u.id
    where u.active ${filter}
    order by u.code`);
  const events = await loadLedgerEvents(db, rows.map((r) => r.unit_id), today, turnaroundDays);
  return rows.map((row) => toLedger(row, events.get(row.unit_id), today));
}

function toLedger(row: Row, events: LedgerEvents | undefined, today: string): UnitLedger {
  const staffed = row.reported_staffed ?? row.staffed_beds;
  const reported = row.report_id !== null;
  const since = Number(row.admitted_since) - Number(row.ended_all);
  const occupied = Math.min(staffed, Math.max(0, reported ? (row.occupied ?? 0) + since : Number(row.open_stays)));
  // Never reported: no supply for the planner; the card still suggests the beds nobody lives in.
  const ready = reported ? Math.min(staffed - occupied, (row.free_now ?? 0) + Number(row.ended_ready) - Number(row.admitted_since)) : 0;
  const freeBeds = reported ? Math.max(0, ready) : staffed - occupied;
  const { turning = [], bookings = [] } = events ?? {};
  const base: LedgerInput = { today, freeNow: ready, supply: events?.supply ?? [], reservations: events?.reservations ?? [] };
  const supply = [...events?.supply ?? [], ...bookings.map((b) => ({ date: b.to, count: b.count }))];
  const claims = [...events?.reservations ?? [], ...bookings.filter((b) => !b.inReport).map((b) => ({ date: b.from, count: b.count }))];
  const days = ledgerDays({ today, freeNow: ready, supply, reservations: claims });
  // Held for reservations only (booked stays are shown as such, not as reserved); the card's
  // suggestion for a unit that never reported is held as if it had been reported.
  const held = ledgerDays({ ...base, freeNow: reported ? ready : freeBeds });
  return {
    unitId: row.unit_id, code: row.code, name: row.name, kind: row.kind, tags: parseTextArray(row.tags), onlyFor: parseTextArray(row.only_for),
    physicalBeds: row.physical_beds,
    staffedBeds: staffed, reportId: row.report_id, reportedAt: row.reported_at === null ? null : new Date(row.reported_at),
    closed: row.closed ?? false, closedReason: row.closed_reason, reportedFree: row.free_now ?? 0,
    occupied, freeBeds, heldToday: Math.min(freeBeds, Math.max(0, freeBeds - Math.max(0, held.available[0]!.count))),
    reserved: (events?.reservations ?? []).reduce((sum, r) => sum + r.count, 0), turning, days, bookings, base,
  };
}
