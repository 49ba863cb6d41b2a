/**
 * Booked stays (avlastning) as plassplan.snapshot/2 wants them: each unit's `bookings`
 * from today on, merged by dates, beside the `freeNow` and `departures` that leave them
 * out. A stay that began before today is no booking: it is folded into the ledger (its
 * bed is not free now, its return is a departure), as the format says of a guest in the
 * unit. So is a stay that the planner's rising supply cannot show beside the others (it
 * sits in a gap before a place is reserved for good): folded, it holds its place too,
 * only more strictly. Pure: the ledger (ledger.ts) has done the reading.
 */
import { type BookedStay, type DatedCount, ledgerDays, type LedgerInput, plannerPlaces } from './ledger-days.ts';
import type { LedgerBooking } from './ledger-events.ts';

export interface SnapshotPlaces {
  freeNow: number;
  departures: DatedCount[];
  bookings: BookedStay[];
}

/** A unit's places for a v2 snapshot: what the writer puts in `freeNow`, `departures` and `bookings`. */
export function unitBookings(unit: { closed: boolean; base: LedgerInput; bookings: LedgerBooking[] }): SnapshotPlaces {
  if (unit.closed) return { freeNow: 0, departures: [], bookings: [] };
  const today = unit.base.today;
  const folded = unit.bookings.filter((b) => b.inReport || b.from < today);
  let listed = merge(unit.bookings.filter((b) => !b.inReport && b.from >= today));
  for (;;) {
    const places = plannerPlaces(ledgerDays(withFolded(unit.base, folded)));
    const clash = firstClash(places, listed);
    if (!clash) return { ...places, bookings: listed };
    folded.push({ ...clash, inReport: false });
    listed = listed.filter((b) => b !== clash);
  }
}

function withFolded(base: LedgerInput, folded: LedgerBooking[]): LedgerInput {
  return {
    ...base,
    supply: [...base.supply, ...folded.map((b) => ({ date: b.to, count: b.count }))],
    reservations: [...base.reservations, ...folded.filter((b) => !b.inReport).map((b) => ({ date: b.from, count: b.count }))],
  };
}

/** Stays with the same dates as one booking with their counts added, by date. */
function merge(stays: BookedStay[]): BookedStay[] {
  const byDates = new Map<string, BookedStay>();
  for (const s of stays) {
    const key = `${s.from}/${s.to}`;
    const seen = byDates.get(key);
    byDates.set(key, { from: s.from, to: s.to, count: (seen?.count ?? 0) + s.count });
  }
  return [...byDates.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** The first booking in force on the first day that bookings exceed freeNow + departures dated ≤ that day; null when none. */
function firstClash(places: { freeNow: number; departures: DatedCount[] }, listed: BookedStay[]): BookedStay | null {
  const days = [...new Set(listed.map((b) => b.from))].sort();
  for (const day of days) {
    const supply = places.freeNow + places.departures.filter((d) => d.date <= day).reduce((n, d) => n + d.count, 0);
    const inForce = listed.filter((b) => b.from <= day && day < b.to);
    if (inForce.reduce((n, b) => n + b.count, 0) > supply) return inForce[inForce.length - 1]!;
  }
  return null;
}

/** The most places booked stays hold on any one day from today on («holdt av til avlastning»). */
export function peakBooked(bookings: BookedStay[], today: string): number {
  let peak = 0;
  for (const day of new Set([today, ...bookings.map((b) => b.from).filter((d) => d > today)])) {
    peak = Math.max(peak, bookings.filter((b) => b.from <= day && day < b.to).reduce((n, b) => n + b.count, 0));
  }
  return peak;
}
