/**
 * The dated events of the units' ledgers: reservations, and the places that free later
 * (the latest report's expected departures, beds ready after a move's turnaround, and
 * beds of occupants who have a place reserved elsewhere: free on that reservation's
 * date, or today if it is past, plus the turnaround).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { addDays } from '../dates.ts';
import type { BookedStay, DatedCount } from './ledger-days.ts';

/** A booked stay as the ledger counts it. */
export interface LedgerBooking extends BookedStay {
  /**
   * Began before the day of the unit's latest report: the guest is in that report's
   * occupied beds, so the stay takes no place again; its return on `to` is a departure.
   */
  inReport: boolean;
}

export interface LedgerEvents {
  /** Places that become ready on a later day. */
  supply: DatedCount[];
  reservations: DatedCount[];
  /** The part of `supply` that is beds turning around after a move. */
  turning: DatedCount[];
  /** Booked stays (avlastning) not over yet, by dates; not in `supply` or `reservations`. */
  bookings: LedgerBooking[];
}

/** A stay ended after the unit's latest report (by registration time; by date for rows from before it was kept). */
export const endedAfterReport = sql`r.reported_at is not null and coalesce(s.ended_at > r.reported_at,
  s.to_date > (r.reported_at at time zone 'Europe/Oslo')::date)`;

/**
 * A bed left by a move to another place is ready only after the turnaround (cleaning,
 * preparing). `stillTurning` says it in SQL for the ledger, `bedReadyOn` in words for the
 * leader's message: keep the two together.
 */
export const stillTurning = (today: string, turnaroundDays: number) =>
  sql`(s.end_reason = 'flyttet' and s.to_date + ${turnaroundDays}::int > ${today}::date)`;

/** The day a bed left on `toDate` is ready for the next resident. */
export const bedReadyOn = (toDate: string, endReason: string, turnaroundDays: number): string =>
  (endReason === 'flyttet' ? addDays(toDate, turnaroundDays) : toDate);

/** An expected departure naming a person counts only while that person still lives in the unit. */
export const stillResident = sql`(d.person_id is null or exists (select 1 from unit_stays s join place_reports pr on pr.id = d.report_id
  where s.person_id = d.person_id and s.unit_id = pr.unit_id and s.to_date is null))`;

type Kind = 'reservation' | 'departure' | 'turning' | 'release';
interface Row { unit_id: number; kind: Kind; date: string; count: number | string; person_id: number | null }

/** Events of the units, by unit id. */
export async function loadLedgerEvents(db: DbOrTx, unitIds: number[], today: string, turnaroundDays: number): Promise<Map<number, LedgerEvents>> {
  const byUnit = new Map<number, LedgerEvents>();
  if (unitIds.length === 0) return byUnit;
  const ids = sql.join(unitIds.map((id) => sql`${id}`), sql`, `);
  const rows = await queryRows<Row>(db, sql`
    with latest as (select distinct on (unit_id) * from place_reports where unit_id in (${ids}) order by unit_id, reported_at desc, id desc)
    select a.unit_id, 'reservation' as kind, a.date::text as date, count(*) as count, null::int as person_id
      from allocations a where a.status = 'reserved' and a.unit_id in (${ids}) group by a.unit_id, a.date
    union all
    select r.unit_id, 'departure', d.date::text, sum(d.count), d.person_id
      from latest r join expected_departures d on d.report_id = r.id
      where d.date > ${today} and ${stillResident} group by r.unit_id, d.date, d.person_id
    union all
    select s.unit_id, 'turning', (s.to_date + ${turnaroundDays}::int)::text, count(*), null
      from unit_stays s join latest r on r.unit_id = s.unit_id
      where s.to_date is not null and s.to_date <= ${today} and ${endedAfterReport} and ${stillTurning(today, turnaroundDays)}
      group by s.unit_id, s.to_date
    union all
    select s.unit_id, 'release', (greatest(a.date, ${today}::date) + ${turnaroundDays}::int)::text, 1, s.person_id
      from unit_stays s join waitlist_entries e on e.person_id = s.person_id
      join allocations a on a.entry_id = e.id and a.status = 'reserved' and a.unit_id <> s.unit_id
      where s.to_date is null and s.unit_id in (${ids})`);
  const booked = await loadBookings(db, ids, today);
  for (const unitId of new Set([...rows.map((r) => r.unit_id), ...booked.keys()])) {
    byUnit.set(unitId, { ...eventsOf(rows.filter((r) => r.unit_id === unitId)), bookings: booked.get(unitId) ?? [] });
  }
  return byUnit;
}

/**
 * Booked stays that still matter: not over today, or (begun before the latest report) over
 * since that report, so their bed is back.
 */
async function loadBookings(db: DbOrTx, ids: SQL, today: string): Promise<Map<number, LedgerBooking[]>> {
  const rows = await queryRows<{ unit_id: number; from_date: string; to_date: string; count: number | string; in_report: boolean }>(db, sql`
    with latest as (select distinct on (unit_id) unit_id, (reported_at at time zone 'Europe/Oslo')::date as day
      from place_reports where unit_id in (${ids}) order by unit_id, reported_at desc, id desc),
    b as (select b.unit_id, b.from_date, b.to_date, coalesce(b.from_date < r.day, false) as in_report, r.day
      from bookings b left join latest r on r.unit_id = b.unit_id where b.status = 'booked' and b.unit_id in (${ids}))
    select unit_id, from_date::text as from_date, to_date::text as to_date, count(*) as count, in_report from b
    where to_date > ${today}::date or (in_report and to_date > day)
    group by unit_id, from_date, to_date, in_report order by unit_id, from_date, to_date`);
  const byUnit = new Map<number, LedgerBooking[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push({ from: r.from_date, to: r.to_date, count: Number(r.count), inReport: r.in_report });
    byUnit.set(r.unit_id, list);
  }
  return byUnit;
}

/** A person both expected to leave and reserved elsewhere frees one bed, on the earlier day. */
function eventsOf(rows: Row[]): Omit<LedgerEvents, 'bookings'> {
  const of = (kind: Kind) => rows.filter((r) => r.kind === kind).map((r) => ({ date: r.date, count: Number(r.count), personId: r.person_id }));
  const leaving = new Map<number, string>();
  for (const r of [...of('release'), ...of('departure')]) {
    if (r.personId === null) continue;
    const earlier = leaving.get(r.personId);
    if (earlier === undefined || r.date < earlier) leaving.set(r.personId, r.date);
  }
  const anonymous = of('departure').filter((d) => d.personId === null);
  const turning = of('turning').map(({ date, count }) => ({ date, count }));
  return {
    supply: [...anonymous.map(({ date, count }) => ({ date, count })), ...turning, ...[...leaving.values()].map((date) => ({ date, count: 1 }))],
    reservations: of('reservation').map(({ date, count }) => ({ date, count })),
    turning,
  };
}
