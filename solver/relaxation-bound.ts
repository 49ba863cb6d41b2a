import { dayCost, dayCostTerms, finalDayCost, preferenceCost, unplacedDay, type DayCostTerms } from './cost';
import { mutualPartners } from './baseline-partners';
import { canTake, canTakeInterim } from './rules';
import type { Applicant, Snapshot } from './snapshot';

/**
 * Capacity-free relaxation (NOK): a lower bound on the cost of every plan that keeps hard rules
 * 1, 2 and 4, whatever the places (so also of the plan returned at the time limit).
 *
 * Each applicant alone (partners as a pair) at its cheapest option under rules 1, 2 and 4:
 *  (a) unplaced: cost at d = f = D (D = H + tailDays; H in v1);
 *  (b) unplaced with an interim stay on the ready day s (if s ≤ H-1 and some korttid unit fits
 *      the interim needs): waiting and guarantee at D, no overliggerdøgn;
 *  (c) a fitting unit u on day s (if s ≤ H-1): cost at d = f = s plus u's preference penalty;
 *  partners i, j: both (a), or both in one unit u that fits each on day m = max(s_i, s_j)
 *  (if m ≤ H-1), each priced as in (c) at m.
 *
 * Proof. The plan cost is the sum over applicants of W(d) + O(f) + P, where W (waiting and
 * guarantee) is nondecreasing in the final day d, O (overliggerdøgn) = max(0, f − s) × price
 * with f = min(first admission, d) is nondecreasing in f and 0 at f = s, and P ≥ 0 depends only
 * on the final unit. Take any plan keeping rules 1, 2, 4 and an applicant a in it:
 *  - a final admission to u on d: rule 1 gives s ≤ d ≤ H-1 and rule 2 that u fits a, so
 *    W(d) + O(f) + P(u) ≥ W(s) + O(s) + P(u) = (c) for u;
 *  - no final admission but an interim stay on e: rule 1 gives s ≤ e ≤ H-1 and rule 2 a
 *    fitting korttid unit, so W(D) + O(e) ≥ W(D) = (b);
 *  - neither: exactly (a).
 * Partners are, by rule 4, both unplaced (each ≥ its own (a) or (b); the two apply to a pair
 * only in a snapshot that validation rejects, and the bound stays valid then) or both admitted
 * to one unit u on one day d ≥ m (rule 1 for each) with d ≤ H-1, so their sum is ≥ the pair's
 * option at u on m (an interim stay, which validation forbids for partners, is priced with no
 * overliggerdøgn here so that the bound stays valid even then). Summing over applicants and
 * pairs, no plan costs less than the bound. Capacity (rule 3) is not used, so the bound holds
 * for every plan, optimal ones included.
 *
 * v1: no interim and no partners, D = H; the terms are the v1 relaxation's, computed by the same
 * expressions, so the v1 bound is unchanged.
 */
export function relaxationBound(snapshot: Snapshot): number {
  const partner = mutualPartners(snapshot);
  let bound = 0;
  snapshot.applicants.forEach((a, i) => {
    const j = partner[i]!;
    if (j < 0) bound += aloneBound(snapshot, a);
    else if (i < j) bound += pairBound(snapshot, a, snapshot.applicants[j]!);
  });
  return bound;
}

function aloneBound(snapshot: Snapshot, a: Applicant): number {
  const t = dayCostTerms(snapshot, a);
  let best = unplacedBound(snapshot, a, t);
  if (t.ready < snapshot.horizonDays) {
    for (const u of snapshot.units) {
      if (canTake(a, u)) best = Math.min(best, admittedBound(snapshot, a, t, t.ready) + preferenceCost(snapshot, a, u.id));
    }
  }
  return best;
}

function pairBound(snapshot: Snapshot, a: Applicant, b: Applicant): number {
  const ta = dayCostTerms(snapshot, a);
  const tb = dayCostTerms(snapshot, b);
  let best = unplacedBound(snapshot, a, ta) + unplacedBound(snapshot, b, tb);
  const m = Math.max(ta.ready, tb.ready);
  if (m < snapshot.horizonDays) {
    const together = admittedBound(snapshot, a, ta, m) + admittedBound(snapshot, b, tb, m);
    for (const u of snapshot.units) {
      if (canTake(a, u) && canTake(b, u)) {
        best = Math.min(best, together + preferenceCost(snapshot, a, u.id) + preferenceCost(snapshot, b, u.id));
      }
    }
  }
  return best;
}

/** Least cost of `a` without a final admission: (a), or (b) when an interim stay is possible. */
function unplacedBound(snapshot: Snapshot, a: Applicant, t: DayCostTerms): number {
  const D = unplacedDay(snapshot);
  return interimPossible(snapshot, a, t) ? finalDayCost(t, D) : dayCost(t, D);
}

/** Least cost of `a` finally admitted on day d ≥ its ready day, without preference. */
function admittedBound(snapshot: Snapshot, a: Applicant, t: DayCostTerms, d: number): number {
  return interimPossible(snapshot, a, t) ? finalDayCost(t, d) : dayCost(t, d);
}

function interimPossible(snapshot: Snapshot, a: Applicant, t: DayCostTerms): boolean {
  return a.interim !== undefined && t.ready < snapshot.horizonDays && snapshot.units.some((u) => canTakeInterim(a, u));
}
