/**
 * Occupancy, turnover and days per stay by kind, as SSB/KOSTRA count them.
 * - places: the staffed beds (settings of the unit today) of the kind's active units.
 * - stay-days: days of unit stays in the period (from ≤ day < to) in those same units, so
 *   a unit closed since counts in neither; respite (avlastning, bookings) is not a unit
 *   stay and is not counted.
 * - occupancy = stay-days ÷ days in the period ÷ places × 100.
 * - turnover (korttid only) = korttid stays with a day in the period ÷ korttid users on the
 *   period's last day. Interim korttid stays (waiting for langtid) are korttid stays.
 * - days per stay = the whole length of the stays that ended in the period ÷ their number.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { daysBetween } from '../dates.ts';
import type { PlaceKind } from '../schema.ts';
import { type DayRange, daysInRange, inRange, KINDS } from './shared.ts';
import type { OccupancyRow } from './types.ts';

export interface StayRow { kind: PlaceKind; fromDate: string; toDate: string | null }

/** Stays in active units that overlap the range or end on its first day, and the places per kind. */
export async function loadOccupancyInput(db: DbOrTx, range: DayRange): Promise<{ stays: StayRow[]; places: Map<PlaceKind, number> }> {
  const [stays, places] = await Promise.all([
    queryRows<{ kind: PlaceKind; from: string; to: string | null }>(db, sql`
      select u.kind, s.from_date::text as from, s.to_date::text as to from unit_stays s join units u on u.id = s.unit_id
      where u.active and s.from_date < ${range.to}::date and (s.to_date is null or s.to_date >= ${range.from}::date)`),
    queryRows<{ kind: PlaceKind; places: number | string }>(db, sql`
      select kind, sum(staffed_beds) as places from units where active group by kind`),
  ]);
  return {
    stays: stays.map((s) => ({ kind: s.kind, fromDate: s.from, toDate: s.to })),
    places: new Map(places.map((p) => [p.kind, Number(p.places)])),
  };
}

/** One row per kind; `lastDay` is the period's last day (users at the end). */
export function occupancyFigures(stays: readonly StayRow[], places: ReadonlyMap<PlaceKind, number>, range: DayRange, lastDay: string): OccupancyRow[] {
  const periodDays = daysBetween(range.from, range.to);
  return KINDS.map((kind) => {
    const of = stays.filter((s) => s.kind === kind);
    const placesOf = places.get(kind) ?? 0;
    const stayDays = of.reduce((n, s) => n + daysInRange(s.fromDate, s.toDate, range), 0);
    const ended = of.filter((s) => inRange(s.toDate, range));
    const endedDays = ended.reduce((n, s) => n + daysBetween(s.fromDate, s.toDate!), 0);
    const usersAtEnd = of.filter((s) => s.fromDate <= lastDay && (s.toDate === null || s.toDate > lastDay)).length;
    const staysInPeriod = of.filter((s) => daysInRange(s.fromDate, s.toDate, range) > 0).length;
    return {
      kind, places: placesOf, stayDays,
      occupancyPct: placesOf > 0 && periodDays > 0 ? (stayDays / periodDays / placesOf) * 100 : null,
      staysStarted: of.filter((s) => inRange(s.fromDate, range)).length,
      staysEnded: ended.length,
      daysPerStay: ended.length > 0 ? endedDays / ended.length : null,
      usersAtEnd, staysInPeriod,
      turnover: kind === 'korttid' && usersAtEnd > 0 ? staysInPeriod / usersAtEnd : null,
    };
  });
}
