import { dayCost, dayCostTerms, preferenceCost } from '../cost';
import type { Snapshot } from '../snapshot';

const DAY = 86_400_000;
const day = (today: string, iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY;

interface Option { unit: number; day: number; cost: number }

/**
 * Least plan cost by enumerating every applicant's choice (unplaced, or any fitting unit on any
 * day in [s, H-1]) with cost pruning; capacity with the chain rule is checked on complete plans.
 * Independent of the planner's model; for tiny snapshots only.
 */
export function bruteForceOptimum(snap: Snapshot): number {
  const H = snap.horizonDays;
  const unitIdx = new Map(snap.units.map((u, i) => [u.id, i]));
  const options: Option[][] = snap.applicants.map((a) => {
    const t = dayCostTerms(snap, a);
    const opts: Option[] = [{ unit: -1, day: H, cost: dayCost(t, H) }];
    snap.units.forEach((u, ui) => {
      const fits = u.kind === a.kind && a.requires.every((x) => u.tags.includes(x)) &&
        !(a.excludedUnits ?? []).includes(u.id) && !(a.location.type === 'unit' && a.location.unitId === u.id);
      if (!fits) return;
      for (let d = t.ready; d < H; d++) opts.push({ unit: ui, day: d, cost: dayCost(t, d) + preferenceCost(snap, a, u.id) });
    });
    return opts.sort((x, y) => x.cost - y.cost);
  });
  const home = snap.applicants.map((a) => (a.location.type === 'unit' ? unitIdx.get(a.location.unitId)! : -1));
  const base = snap.units.map((u) => {
    const cap = new Array<number>(H).fill(u.freeNow);
    for (const d of u.departures) for (let t = Math.max(0, day(snap.today, d.date)); t < H; t++) cap[t]! += d.count;
    return cap;
  });
  const chosen: Option[] = [];
  let best = Infinity;
  const feasible = () => {
    const cap = base.map((c) => [...c]);
    chosen.forEach((o, i) => {
      if (o.unit < 0) return;
      for (let t = o.day; t < H; t++) cap[o.unit]![t]! -= 1;
      if (home[i]! >= 0) for (let t = o.day + snap.turnaroundDays; t < H; t++) cap[home[i]!]![t]! += 1;
    });
    return cap.every((c) => c.every((v) => v >= 0));
  };
  const dfs = (i: number, partial: number) => {
    if (partial >= best) return;
    if (i === options.length) {
      if (feasible()) best = partial;
      return;
    }
    for (const o of options[i]!) {
      chosen[i] = o;
      dfs(i + 1, partial + o.cost);
    }
    chosen.length = i;
  };
  dfs(0, 0);
  return best;
}
