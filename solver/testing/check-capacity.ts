import type { Snapshot, Unit } from '../snapshot';
import { dayOf, type Decisions } from './check-days';

/**
 * Rule 3, literally: for every unit u and day t in 0..H-1, (final admissions to u on days ≤ t)
 * + (interim stays in u on days ≤ t) + booked_u(t) ≤ freeNow + departures dated ≤ t
 * + occupants of u finally admitted on days ≤ t − T + interim guests of u finally admitted on
 * days ≤ t − T; booked_u(t) counts bookings with from ≤ t < to.
 */
export function capacityViolations(snap: Snapshot, decisions: Decisions): string[] {
  const out: string[] = [];
  for (const u of snap.units) {
    for (let t = 0; t < snap.horizonDays; t++) {
      const used = taken(snap, u, t, decisions);
      const places = placesBy(snap, u, t, decisions);
      if (used > places) out.push(`${u.id} day ${t}: ${used} taken (admissions, interim stays, bookings) > ${places} places`);
    }
  }
  return out;
}

function taken(snap: Snapshot, u: Unit, t: number, { final, interim }: Decisions): number {
  let n = 0;
  for (const x of final.values()) if (x.unit === u.id && x.day <= t) n++;
  for (const x of interim.values()) if (x.unit === u.id && x.day <= t) n++;
  for (const b of u.bookings ?? []) if (dayOf(snap.today, b.from) <= t && t < dayOf(snap.today, b.to)) n += b.count;
  return n;
}

function placesBy(snap: Snapshot, u: Unit, t: number, { final, interim }: Decisions): number {
  let n = u.freeNow;
  for (const d of u.departures) if (dayOf(snap.today, d.date) <= t) n += d.count;
  const T = snap.turnaroundDays;
  for (const a of snap.applicants) {
    const d = final.get(a.id)?.day;
    if (d === undefined || d > t - T) continue;
    if (a.location.type === 'unit' && a.location.unitId === u.id) n++;
    if (interim.get(a.id)?.unit === u.id) n++;
  }
  return n;
}
