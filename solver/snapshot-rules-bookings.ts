import { dateOfDay, dayIndex } from './days';
import { problem, type SnapshotError } from './snapshot-messages';
import { isObject, isoDateOf, list, wholeAtLeast, type Raw } from './snapshot-raw';

/** Planning frame of untrusted input: each part only where it is valid. */
export interface Frame {
  today?: string;
  horizonDays?: number;
}

interface Held {
  from: number;
  to: number;
  count: number;
}

/**
 * Checks unit `u`'s bookings (v2): `from` not before today, `to` after `from`, and that the unit
 * can hold them even if nobody is admitted: on no day t of 0 .. H-1 may booked(t) (sum of `count`
 * over bookings with from ≤ t < to) exceed `freeNow` + departures dated ≤ t. Without that, no plan
 * at all would keep the capacity rule, and the planner could not even leave everyone unplaced.
 */
export function checkBookings(u: Raw, i: number, frame: Frame, errors: SnapshotError[]): void {
  const at = (...rest: PropertyKey[]) => ['units', i, 'bookings', ...rest];
  list(u.bookings).forEach((b, j) => {
    if (!isObject(b)) return;
    const from = isoDateOf(b.from);
    const to = isoDateOf(b.to);
    const today = frame.today;
    if (today !== undefined && from !== undefined && from < today) {
      errors.push(problem(at(j, 'from'), `is before today (${today})`, `er før i dag (${today})`));
    }
    if (from !== undefined && to !== undefined && to <= from) {
      errors.push(problem(at(j, 'to'), `must be after from (${from})`, `må være etter from (${from})`));
    }
  });
  const { today, horizonDays } = frame;
  if (today !== undefined && horizonDays !== undefined) checkHeld(u, { today, horizonDays }, at(), errors);
}

/** Reports the first day of the horizon on which the bookings hold more places than the unit has. */
function checkHeld(u: Raw, frame: Required<Frame>, path: PropertyKey[], errors: SnapshotError[]): void {
  const held = heldStays(u, frame.today);
  const free = availableByDay(u, frame);
  if (!held || !free || held.length === 0) return;
  const H = frame.horizonDays;
  const delta = new Array<number>(H + 1).fill(0);
  for (const h of held) {
    const from = Math.max(0, h.from);
    const to = Math.min(H, h.to);
    if (from >= to) continue;
    delta[from]! += h.count;
    delta[to]! -= h.count;
  }
  let booked = 0;
  for (let t = 0; t < H; t++) {
    booked += delta[t]!;
    if (booked <= free[t]!) continue;
    const date = dateOfDay(frame.today, t);
    errors.push(problem(path,
      `hold ${booked} places on ${date} (day ${t}), but the unit has only ${free[t]} then even if nobody is admitted`,
      `holder ${booked} plasser ${date} (dag ${t}), men enheten har bare ${free[t]} da selv om ingen blir tatt inn`));
    return;
  }
}

/** Bookings as day indices, or undefined if any is malformed (the schema reports it; no guess here). */
function heldStays(u: Raw, today: string): Held[] | undefined {
  const out: Held[] = [];
  for (const b of list(u.bookings)) {
    if (!isObject(b)) return undefined;
    const from = isoDateOf(b.from);
    const to = isoDateOf(b.to);
    const count = wholeAtLeast(b.count, 1);
    if (from === undefined || to === undefined || count === undefined || to <= from) return undefined;
    out.push({ from: dayIndex(today, from), to: dayIndex(today, to), count });
  }
  return out;
}

/** freeNow + departures dated ≤ t for t in 0 .. H-1, or undefined if any of them is malformed. */
function availableByDay(u: Raw, frame: Required<Frame>): number[] | undefined {
  const freeNow = wholeAtLeast(u.freeNow, 0);
  if (freeNow === undefined) return undefined;
  const free = new Array<number>(frame.horizonDays).fill(0);
  free[0] = freeNow;
  for (const d of list(u.departures)) {
    if (!isObject(d)) return undefined;
    const date = isoDateOf(d.date);
    const count = wholeAtLeast(d.count, 0);
    if (date === undefined || count === undefined) return undefined;
    const t = Math.max(0, dayIndex(frame.today, date));
    if (t < frame.horizonDays) free[t]! += count;
  }
  for (let t = 1; t < free.length; t++) free[t]! += free[t - 1]!;
  return free;
}
