import type { DayCostTerms } from './cost';
import type { ApplicantClass } from './model';
import type { UnitClass } from './model-units';
import { canTakeInterim } from './rules';
import type { Applicant, Snapshot } from './snapshot';

/**
 * Interim korttid (v2): a langtid or bofellesskap applicant may wait in a korttid bed for their
 * own place. Only overliggerdøgn depend on when a person leaves hospital (waiting is counted to
 * the final admission either way), so an interim stay can only lower the cost of a hospital
 * patient: for anyone else it costs the same and takes a place, and an optimal plan exists
 * without it. The model therefore offers interim stays to hospital patients only.
 */
export function interimOptions(snapshot: Snapshot, a: Applicant, terms: DayCostTerms, units: UnitClass[]): number[] {
  if (a.interim === undefined || a.location.type !== 'hospital' || terms.overliggerPerDay <= 0) return [];
  const out: number[] = [];
  units.forEach((k, ki) => canTakeInterim(a, snapshot.units[k.rep]!) && out.push(ki));
  return out;
}

/** Days worth an interim stay in unit class k: max(ready, r) for its rise days r (as for admissions), below H. */
export function interimDays(H: number, c: ApplicantClass, riseOfK: Iterable<number>): number[] {
  const days = new Set<number>();
  for (const r of riseOfK) {
    const e = Math.max(c.terms.ready, r);
    if (e < H) days.add(e);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Days worth a final admission for a member who waits in a korttid bed since day e: the days
 * max(ready, r) > e for rise days r of its final options. A final admission on day d after a stay
 * from e moves back to the last rise day ≤ d of its unit without losing a place; if that day is
 * ≤ e, the place was there already on the stay's day, and admitting there directly instead (no
 * stay) costs no more and frees the korttid bed sooner. Here: those days after the earliest
 * possible stay in k, for the chain releases into k.
 */
export function guestDays(H: number, c: ApplicantClass, riseOfK: Iterable<number>, riseOf: (k: number) => Iterable<number>): number[] {
  const interim = interimDays(H, c, riseOfK);
  if (interim.length === 0) return [];
  const first = interim[0]!;
  const days = new Set<number>();
  for (const o of c.options) {
    for (const r of riseOf(o.k)) {
      const d = Math.max(c.terms.ready, r);
      if (d > first && d < H) days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b);
}
