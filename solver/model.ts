import { dayCost, dayCostTerms, finalDayCost, overliggerCost, preferenceCost, unplacedDay, type DayCostTerms } from './cost';
import { interimOptions } from './model-interim';
import { riseDays } from './model-rise';
import { mergeUnits, type UnitClass } from './model-units';
import { buildPairs, type PairClass } from './model-partners';
import { canTake, occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';

export type { UnitClass } from './model-units';
export type { PairClass } from './model-partners';

/** Applicants merged because they have the same options, cost vector and home unit class. */
export interface ApplicantClass {
  /** indices into snapshot.applicants */
  members: number[];
  terms: DayCostTerms;
  /** unit class the members occupy now (chain rule), or -1 */
  home: number;
  /** feasible unit classes with the preference penalty (NOK) of each */
  options: { k: number; pref: number }[];
  /** korttid unit classes the members may wait in for their own place (interim stay, v2); only hospital patients */
  interim: number[];
  /** cost (NOK) of one member left unplaced (final admission on the unplaced day D, no interim stay) */
  unplaced: number;
  /** waiting and guarantee NOK of one member given no final admission (the unplaced cost without overliggerdøgn) */
  finalUnplaced: number;
  /** overliggerdøgn NOK of one member who never leaves hospital before D */
  overliggerUnplaced: number;
}

/** The reduced model of a whole snapshot, before it is cut into components. */
export interface ReducedModel {
  units: UnitClass[];
  classes: ApplicantClass[];
  /** couples (partners, v2): placed together or not at all, never merged */
  pairs: PairClass[];
  /** per unit class, the sorted days 0..H-1 on which its capacity can change (arrivals, bookings, chain releases) */
  rise: number[][];
  /** NOK if nobody were placed: the sum of every applicant's unplaced cost */
  baseCost: number;
  /** the day an unplaced person is priced at: H + tailDays (v2), H (v1) */
  unplacedDay: number;
}

/** Builds the reduced model: merged units and applicants, admissions only on days capacity can rise. */
export function reduceSnapshot(snapshot: Snapshot): ReducedModel {
  const { classes: units, classOf } = mergeUnits(snapshot);
  const D = unplacedDay(snapshot);
  const classes = mergeApplicants(snapshot, units, classOf, D);
  const pairs = buildPairs(snapshot, units, classOf, D);
  const rise = riseDays(snapshot, units, classes, pairs).map((set) => [...set].sort((a, b) => a - b));
  const baseCost =
    classes.reduce((s, c) => s + c.unplaced * c.members.length, 0) + pairs.reduce((s, p) => s + p.unplaced, 0);
  return { units, classes, pairs, rise, baseCost, unplacedDay: D };
}

function mergeApplicants(snapshot: Snapshot, units: UnitClass[], classOf: Int32Array, D: number): ApplicantClass[] {
  const H = snapshot.horizonDays;
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const byKey = new Map<string, ApplicantClass>();
  snapshot.applicants.forEach((a, ai) => {
    if (a.partnerId !== undefined) return;
    const terms = dayCostTerms(snapshot, a);
    const options: ApplicantClass['options'] = [];
    if (terms.ready < H) {
      units.forEach((k, ki) => {
        const rep = snapshot.units[k.rep]!;
        if (canTake(a, rep)) options.push({ k: ki, pref: preferenceCost(snapshot, a, rep.id) });
      });
    }
    const interim = terms.ready < H ? interimOptions(snapshot, a, terms, units) : [];
    const occ = occupiedUnit(a);
    const home = occ === undefined ? -1 : classOf[unitIndex.get(occ)!]!;
    const key = classKey(terms, D, home, options, interim);
    const found = byKey.get(key);
    if (found) found.members.push(ai);
    else {
      byKey.set(key, {
        members: [ai],
        terms,
        home,
        options,
        interim,
        unplaced: dayCost(terms, D),
        finalUnplaced: finalDayCost(terms, D),
        overliggerUnplaced: overliggerCost(terms, D),
      });
    }
  });
  return [...byKey.values()];
}

function classKey(t: DayCostTerms, D: number, home: number, options: ApplicantClass['options'], interim: number[]): string {
  const g = t.guarantee === undefined || t.guarantee >= D ? 'n' : t.guarantee < 0 ? 'p' : String(t.guarantee);
  const opts = options.map((o) => `${o.k}:${o.pref}`).join(',');
  // with interim stays the overliggerdøgn end earlier than the wait, so the two rates count apart
  const rate = interim.length > 0 ? `${t.waitingPerDay}+${t.overliggerPerDay}` : String(t.waitingPerDay + t.overliggerPerDay);
  return `${t.ready}|${rate}|${g}|${home}|${opts}|i:${interim.join(',')}`;
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
