import { dayCost, dayCostTerms, preferenceCost } from './cost';
import { canTake } from './rules';
import type { Snapshot } from './snapshot';

/**
 * Capacity-free relaxation (NOK): each applicant alone at its cheapest option — unplaced, or
 * a fitting unit on its ready day (costs never fall with later days). No plan costs less, so
 * it is a valid bound for any plan, e.g. the one returned when the time limit is reached.
 */
export function relaxationBound(snapshot: Snapshot): number {
  const H = snapshot.horizonDays;
  let bound = 0;
  for (const a of snapshot.applicants) {
    const t = dayCostTerms(snapshot, a);
    let best = dayCost(t, H);
    if (t.ready < H) {
      for (const u of snapshot.units) {
        if (canTake(a, u)) best = Math.min(best, dayCost(t, t.ready) + preferenceCost(snapshot, a, u.id));
      }
    }
    bound += best;
  }
  return bound;
}
