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
 * Days worth a final admission for a member who waits in unit class k: a final admission on day d
 * after an interim stay on day e < d can move back to the last day ≤ d on which its own unit's
 * capacity rose, or to e + 1 if that is earlier (never to e or before): so max(ready, r) for the
 * rise days r of its final options, and e + 1 for the interim days e, that lie after the first
 * interim day and below H.
 */
export function guestDays(H: number, c: ApplicantClass, riseOfK: Iterable<number>, riseOf: (k: number) => Iterable<number>): number[] {
  const interim = interimDays(H, c, riseOfK);
  if (interim.length === 0) return [];
  const first = interim[0]!;
  const days = new Set<number>();
  for (const e of interim) if (e + 1 < H) days.add(e + 1);
  for (const o of c.options) {
    for (const r of riseOf(o.k)) {
      const d = Math.max(c.terms.ready, r);
      if (d > first && d < H) days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b);
}
