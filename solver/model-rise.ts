import type { ApplicantClass } from './model';
import { guestDays } from './model-interim';
import { pairDays, type PairClass } from './model-partners';
import type { UnitClass } from './model-units';
import type { Snapshot } from './snapshot';

/**
 * Days on which each unit class's capacity can change: arrivals and booking starts and ends, plus
 * the chain releases of occupants, interim guests and couples that move, to a fixpoint (a release
 * is a rise day of the unit it frees, which can make new admission days and so new releases).
 */
export function riseDays(snapshot: Snapshot, units: UnitClass[], classes: ApplicantClass[], pairs: PairClass[]): Set<number>[] {
  const H = snapshot.horizonDays;
  const T = snapshot.turnaroundDays;
  const rise = units.map((k) => new Set(k.arrivals.keys()));
  if (T === 0) addSwapDays(H, classes, pairs, rise);
  const riseOf = (k: number) => rise[k]!;
  for (let changed = true; changed; ) {
    changed = false;
    const release = (k: number, day: number) => {
      if (day + T < H && !rise[k]!.has(day + T)) {
        rise[k]!.add(day + T);
        changed = true;
      }
    };
    for (const c of classes) {
      if (c.home >= 0) {
        for (const { k } of c.options) for (const r of [...rise[k]!]) release(c.home, Math.max(c.terms.ready, r));
      }
      for (const k of c.interim) for (const d of guestDays(H, c, rise[k]!, riseOf)) release(k, d);
    }
    for (const p of pairs) {
      if (p.homes.length === 0) continue;
      for (const { k } of p.options) for (const d of pairDays(H, p, rise[k]!)) p.homes.forEach((h) => release(h, d));
    }
  }
  return rise;
}

/**
 * With turnaroundDays 0, moves can free each other's beds on the same day (a swap, or a longer
 * cycle) with no place arriving at all. Such a cycle happens at the latest ready day of those
 * in it, so every mover's ready day is a day on which every home unit's capacity can rise.
 * Movers are occupants and couples with an occupied bed. Interim guests are never in such a
 * cycle: the korttid bed a guest frees is taken by a korttid admission, a stay or a korttid
 * occupant's move, and none of those frees a bed of the guest's own kind, so the chain of frees
 * never returns to the unit the guest moves into; the fixpoint covers their releases.
 */
function addSwapDays(H: number, classes: ApplicantClass[], pairs: PairClass[], rise: Set<number>[]): void {
  const movers = [
    ...classes.filter((c) => c.home >= 0 && c.options.length > 0).map((c) => ({ ready: c.terms.ready, homes: [c.home] })),
    ...pairs.filter((p) => p.homes.length > 0 && p.options.length > 0).map((p) => ({ ready: p.ready, homes: p.homes })),
  ];
  for (const c of movers) {
    if (c.ready >= H) continue;
    for (const m of movers) for (const h of m.homes) rise[h]!.add(c.ready);
  }
}
