import { dayIndex } from './days';
import type { Snapshot, Unit } from './snapshot';

/**
 * Places of one unit per day 0 .. H-1 that nothing holds yet: free[t] = freeNow + departures
 * dated ≤ t − booked(t) (v2 bookings hold their places on from ≤ t < to), before any admission.
 * Valid snapshots have free[t] ≥ 0 on every day; the baseline keeps it so (hard rule 3).
 */
export function initialFree(snapshot: Snapshot, u: Unit): number[] {
  const H = snapshot.horizonDays;
  const free = new Array<number>(H).fill(u.freeNow);
  for (const d of u.departures) addFrom(free, dayIndex(snapshot.today, d.date), d.count);
  for (const b of u.bookings ?? []) {
    addRange(free, dayIndex(snapshot.today, b.from), dayIndex(snapshot.today, b.to), -b.count);
  }
  return free;
}

/** Adds `n` places on every day ≥ `day` (a final admission holds its place for good: n = −1). */
export function addFrom(free: number[], day: number, n: number): void {
  addRange(free, day, free.length, n);
}

/** Adds `n` places on the days from ≤ t < to that lie in the horizon. */
export function addRange(free: number[], from: number, to: number, n: number): void {
  for (let t = Math.max(0, from); t < Math.min(to, free.length); t++) free[t]! += n;
}

/**
 * Earliest day d ≥ s from which `need` places stay free on every day d .. end-1 (end defaults to
 * the horizon's end, for a place kept for good), or `end` when there is none.
 */
export function earliestFreeFrom(free: number[], s: number, need = 1, end = free.length): number {
  let day = end;
  for (let t = Math.min(end, free.length) - 1; t >= Math.max(0, s); t--) {
    if (free[t]! < need) break;
    day = t;
  }
  return day;
}
