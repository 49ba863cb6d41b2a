import { dayCost, dayCostTerms, preferenceCost, type DayCostTerms } from './cost';
import type { UnitClass } from './model-units';
import { canTake, occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';

/**
 * A couple (partners, v2, samboergaranti): both are finally admitted to the same unit on the same
 * day, or neither is. Units of a kind some couple waits for are never merged (model-units.ts), so
 * a unit class here is one unit and its two places are in that unit.
 */
export interface PairClass {
  /** indices into snapshot.applicants, in snapshot order */
  members: [number, number];
  terms: [DayCostTerms, DayCostTerms];
  /** unit classes the partners occupy now (0, 1 or 2 entries; both may be the same) */
  homes: number[];
  /** unit classes that fit both, with both partners' preference penalties summed */
  options: { k: number; pref: number }[];
  /** the later of the two ready days */
  ready: number;
  /** NOK of both left unplaced */
  unplaced: number;
}

/** Every couple of the snapshot (each once), with the unit classes that fit both. */
export function buildPairs(snapshot: Snapshot, units: UnitClass[], classOf: Int32Array, D: number): PairClass[] {
  const H = snapshot.horizonDays;
  const index = new Map(snapshot.applicants.map((a, i) => [a.id, i]));
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const pairs: PairClass[] = [];
  snapshot.applicants.forEach((a, i) => {
    const j = a.partnerId === undefined ? undefined : index.get(a.partnerId);
    if (j === undefined || j <= i) return;
    const b = snapshot.applicants[j]!;
    const terms: [DayCostTerms, DayCostTerms] = [dayCostTerms(snapshot, a), dayCostTerms(snapshot, b)];
    const ready = Math.max(terms[0].ready, terms[1].ready);
    const options: PairClass['options'] = [];
    if (ready < H) {
      units.forEach((k, ki) => {
        const rep = snapshot.units[k.rep]!;
        if (canTake(a, rep) && canTake(b, rep)) {
          options.push({ k: ki, pref: preferenceCost(snapshot, a, rep.id) + preferenceCost(snapshot, b, rep.id) });
        }
      });
    }
    const homes = [a, b].flatMap((p) => {
      const occ = occupiedUnit(p);
      return occ === undefined ? [] : [classOf[unitIndex.get(occ)!]!];
    });
    pairs.push({ members: [i, j], terms, homes, options, ready, unplaced: dayCost(terms[0], D) + dayCost(terms[1], D) });
  });
  return pairs;
}

/** NOK of admitting the couple on day d, relative to leaving both unplaced (preference not included). */
export function pairDayCost(p: PairClass, d: number): number {
  return dayCost(p.terms[0], d) + dayCost(p.terms[1], d) - p.unplaced;
}

/**
 * Days worth admitting the couple to a unit class with rise days `riseOfK`: max(ready, r) below
 * H, as for single admissions; without those that cost no less than waiting when neither
 * partner occupies a place (a move of an occupant can pay through the bed it frees).
 */
export function pairDays(H: number, p: PairClass, riseOfK: Iterable<number>, pref = 0): number[] {
  const days = new Set<number>();
  for (const r of riseOfK) {
    const d = Math.max(p.ready, r);
    if (d < H && (p.homes.length > 0 || pairDayCost(p, d) + pref < 0)) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}
