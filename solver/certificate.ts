import { dayCost, dayCostTerms, preferenceCost } from './cost';
import { dayIndex } from './days';
import { canTake, occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';

/**
 * Lagrangian lower bound on every plan's cost (NOK), from place prices: price[u][d] ≥ 0 is what
 * a place in unit u taken on day d is charged, nonincreasing in d (multipliers ≥ 0 on the
 * capacity rows). Each applicant then picks its cheapest option alone. Any such prices give a
 * valid bound; all zeros give the capacity-free relaxation. Prices are made monotone first.
 */
export function lagrangianBound(snapshot: Snapshot, price?: number[][]): number {
  const H = snapshot.horizonDays;
  const p = snapshot.units.map((_, u) => monotone(price?.[u], H));
  const at = (u: number, d: number) => (d < H ? p[u]![Math.max(0, d)]! : 0);
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  let bound = 0;
  snapshot.units.forEach((u, ui) => {
    bound -= u.freeNow * at(ui, 0);
    for (const d of u.departures) bound -= d.count * at(ui, dayIndex(snapshot.today, d.date));
  });
  for (const a of snapshot.applicants) {
    const t = dayCostTerms(snapshot, a);
    const occ = occupiedUnit(a);
    const home = occ === undefined ? -1 : unitIndex.get(occ)!;
    let best = dayCost(t, H);
    snapshot.units.forEach((u, ui) => {
      if (!canTake(a, u)) return;
      const pref = preferenceCost(snapshot, a, u.id);
      const last = price === undefined ? Math.min(t.ready, H - 1) : H - 1;
      for (let d = t.ready; d <= last; d++) {
        const credit = home >= 0 ? at(home, d + snapshot.turnaroundDays) : 0;
        best = Math.min(best, dayCost(t, d) + pref + at(ui, d) - credit);
      }
    });
    bound += best;
  }
  return bound;
}

function monotone(row: number[] | undefined, H: number): number[] {
  const out = new Array<number>(H).fill(0);
  let cap = Infinity;
  for (let d = 0; d < H; d++) {
    cap = Math.min(cap, Math.max(0, row?.[d] ?? 0));
    out[d] = cap;
  }
  return out;
}
