/**
 * What each unit can take, as the planner's snapshot, Plasser and the meeting see it:
 * the places the ledger (ledger.ts) still leaves for new reservations, today and on the
 * days they free. A unit whose reservations exceed its places shows the shortfall.
 */
import type { DbOrTx } from '../client.ts';
import { type DatedCount, plannerPlaces } from './ledger-days.ts';
import { peakBooked } from './booking-places.ts';
import { loadLedgers, type UnitBasics, type UnitLedger } from './ledger.ts';
import { isReportStale } from './staleness.ts';

export interface UnitCapacity extends UnitBasics {
  stale: boolean;
  /** Places a new reservation may take today without leaving a later day short: ≥ 0. */
  freeNow: number;
  /** Days after today on which more places become free for new reservations. */
  departures: DatedCount[];
  /** The first day on which reservations exceed the unit's places, and by how many; null when none. */
  shortfall: DatedCount | null;
  /** The most places booked stays (avlastning) hold on one day from today on. */
  booked: number;
  /** Booked stays and the ledger before them, for `unitBookings` (booking-places.ts) in a v2 snapshot. */
  bookings: UnitLedger['bookings'];
  base: UnitLedger['base'];
}

/** Capacity of every active unit (or the given ones) on `now`'s Oslo day. */
export async function loadUnitCapacity(db: DbOrTx, now: Date, staleHour: number, onlyUnitIds?: number[]): Promise<UnitCapacity[]> {
  const ledgers = await loadLedgers(db, now, onlyUnitIds);
  return ledgers.map((u) => {
    const places = plannerPlaces(u.days);
    return {
      unitId: u.unitId, code: u.code, name: u.name, kind: u.kind, tags: u.tags, onlyFor: u.onlyFor, physicalBeds: u.physicalBeds,
      staffedBeds: u.staffedBeds, reportedAt: u.reportedAt, stale: isReportStale(u.reportedAt, now, staleHour),
      closed: u.closed, closedReason: u.closedReason, reportedFree: u.reportedFree, reserved: u.reserved,
      freeNow: u.closed ? 0 : places.freeNow, departures: u.closed ? [] : places.departures, shortfall: u.days.shortfall,
      booked: peakBooked(u.bookings, u.days.today), bookings: u.bookings, base: u.base,
    };
  });
}
