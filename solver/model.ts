import { dayCost, dayCostTerms, preferenceCost, type DayCostTerms } from './cost';
import { mergeUnits, type UnitClass } from './model-units';
import { canTake, occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';

export type { UnitClass } from './model-units';

/** Applicants merged because they have the same options, cost vector and home unit class. */
export interface ApplicantClass {
  /** indices into snapshot.applicants */
  members: number[];
  terms: DayCostTerms;
  /** unit class the members occupy now (chain rule), or -1 */
  home: number;
  /** feasible unit classes with the preference penalty (NOK) of each */
  options: { k: number; pref: number }[];
  /** cost (NOK) of one member left unplaced (admitted on day H) */
  unplaced: number;
}

/** The reduced model of a whole snapshot, before it is cut into components. */
export interface ReducedModel {
  units: UnitClass[];
  classes: ApplicantClass[];
  /** per unit class, the sorted days 0..H-1 on which its capacity can rise (arrivals, chain releases) */
  rise: number[][];
  /** NOK if nobody were placed: the sum of every applicant's unplaced cost */
  baseCost: number;
}

/** Builds the reduced model: merged units and applicants, admissions only on days capacity can rise. */
export function reduceSnapshot(snapshot: Snapshot): ReducedModel {
  const { classes: units, classOf } = mergeUnits(snapshot);
  const classes = mergeApplicants(snapshot, units, classOf);
  const rise = riseDays(snapshot, units, classes).map((set) => [...set].sort((a, b) => a - b));
  const baseCost = classes.reduce((s, c) => s + c.unplaced * c.members.length, 0);
  return { units, classes, rise, baseCost };
}

function mergeApplicants(snapshot: Snapshot, units: UnitClass[], classOf: Int32Array): ApplicantClass[] {
  const H = snapshot.horizonDays;
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const byKey = new Map<string, ApplicantClass>();
  snapshot.applicants.forEach((a, ai) => {
    const terms = dayCostTerms(snapshot, a);
    const options: ApplicantClass['options'] = [];
    if (terms.ready < H) {
      units.forEach((k, ki) => {
        const rep = snapshot.units[k.rep]!;
        if (canTake(a, rep)) options.push({ k: ki, pref: preferenceCost(snapshot, a, rep.id) });
      });
    }
    const occ = occupiedUnit(a);
    const home = occ === undefined ? -1 : classOf[unitIndex.get(occ)!]!;
    const key = classKey(terms, H, home, options);
    const found = byKey.get(key);
    if (found) found.members.push(ai);
    else byKey.set(key, { members: [ai], terms, home, options, unplaced: dayCost(terms, H) });
  });
  return [...byKey.values()];
}

function classKey(t: DayCostTerms, H: number, home: number, options: ApplicantClass['options']): string {
  const g = t.guarantee === undefined || t.guarantee >= H ? 'n' : t.guarantee < 0 ? 'p' : String(t.guarantee);
  const opts = options.map((o) => `${o.k}:${o.pref}`).join(',');
  return `${t.ready}|${t.waitingPerDay + t.overliggerPerDay}|${g}|${home}|${opts}`;
}

/** Days on which each unit class's capacity can rise: arrivals plus chain releases, to a fixpoint. */
function riseDays(snapshot: Snapshot, units: UnitClass[], classes: ApplicantClass[]): Set<number>[] {
  const H = snapshot.horizonDays;
  const T = snapshot.turnaroundDays;
  const rise = units.map((k) => new Set(k.arrivals.keys()));
  if (T === 0) addSwapDays(H, classes, rise);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of classes) {
      if (c.home < 0) continue;
      for (const { k } of c.options) {
        for (const r of rise[k]!) {
          const release = Math.max(c.terms.ready, r) + T;
          if (release < H && !rise[c.home]!.has(release)) {
            rise[c.home]!.add(release);
            changed = true;
          }
        }
      }
    }
  }
  return rise;
}

/**
 * With turnaroundDays 0, moves can free each other's beds on the same day (a swap, or a longer
 * cycle) with no place arriving at all. Such a cycle happens at the latest ready day of those
 * in it, so every occupant's ready day is a day on which every home unit's capacity can rise.
 */
function addSwapDays(H: number, classes: ApplicantClass[], rise: Set<number>[]): void {
  const movers = classes.filter((c) => c.home >= 0 && c.options.length > 0);
  for (const c of movers) {
    if (c.terms.ready >= H) continue;
    for (const m of movers) rise[m.home]!.add(c.terms.ready);
  }
}

/**
 * Admission days worth modelling for class `c` on the unit classes `ks`: max(ready, r) for every
 * rise day r (admitting on the first day a place is there is enough, since costs never fall with
 * later days), without those that cost no less than staying unplaced for a non-occupant.
 */
export function admissionDays(H: number, c: ApplicantClass, ks: number[], rise: number[][], pref: number): number[] {
  const days = new Set<number>();
  for (const k of ks) for (const r of rise[k]!) days.add(Math.max(c.terms.ready, r));
  return [...days]
    .filter((d) => d < H && (c.home >= 0 || dayCost(c.terms, d) + pref - c.unplaced < 0))
    .sort((a, b) => a - b);
}
