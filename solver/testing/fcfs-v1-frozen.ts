import { dayIndex } from '../days';
import { dayCost, dayCostTerms, preferenceCost, readyDay } from '../cost';
import { canTake, occupiedUnit } from '../rules';
import type { Snapshot } from '../snapshot';
import type { IndexedAdmission } from '../split';

/**
 * Frozen copy of the v1 first-come-first-served baseline as it was before v2 (commit 56241af),
 * for the test that pins v1 results; do not change. First come, first served: applicants in order of decisionDate (unknown last), then ready day,
 * then id; each takes the earliest day on which some feasible unit has a place it can keep for
 * good (preferred units first, then snapshot order). Moves free places through the chain rule
 * for those who come later. Always feasible; not optimal.
 */
export function frozenFirstComeFirstServedV1(snapshot: Snapshot): IndexedAdmission[] {
  const H = snapshot.horizonDays;
  const free = snapshot.units.map((u) => initialFree(snapshot, u.freeNow, u.departures));
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const out: IndexedAdmission[] = [];
  for (const ai of fcfsOrder(snapshot)) {
    const a = snapshot.applicants[ai]!;
    const s = readyDay(snapshot, a);
    let best: { unit: number; day: number; rank: number } | undefined;
    snapshot.units.forEach((u, ui) => {
      if (!canTake(a, u)) return;
      const day = earliestKeepable(free[ui]!, s);
      const rank = a.preferredUnits?.length && !a.preferredUnits.includes(u.id) ? 1 : 0;
      if (day < H && (!best || day < best.day || (day === best.day && rank < best.rank))) best = { unit: ui, day, rank };
    });
    if (!best) continue;
    addFrom(free[best.unit]!, best.day, -1);
    const home = occupiedUnit(a);
    if (home !== undefined) addFrom(free[unitIndex.get(home)!]!, best.day + snapshot.turnaroundDays, 1);
    out.push({ applicant: ai, unit: best.unit, day: best.day });
  }
  return out;
}

function fcfsOrder(snapshot: Snapshot): number[] {
  const key = snapshot.applicants.map((a) => ({ d: a.decisionDate ?? '9999-12-31', s: readyDay(snapshot, a), id: a.id }));
  return key
    .map((_, i) => i)
    .sort((x, y) => key[x]!.d.localeCompare(key[y]!.d) || key[x]!.s - key[y]!.s || key[x]!.id.localeCompare(key[y]!.id));
}

/** free[t] = places ready by day t minus admissions on days ≤ t. */
function initialFree(snapshot: Snapshot, freeNow: number, departures: { date: string; count: number }[]): number[] {
  const free = new Array<number>(snapshot.horizonDays).fill(freeNow);
  for (const d of departures) addFrom(free, dayIndex(snapshot.today, d.date), d.count);
  return free;
}

function addFrom(free: number[], day: number, n: number): void {
  for (let t = Math.max(0, day); t < free.length; t++) free[t]! += n;
}

/** Earliest day ≥ s from which a place stays free to the horizon's end, or H. */
function earliestKeepable(free: number[], s: number): number {
  let day = free.length;
  for (let t = free.length - 1; t >= Math.max(0, s); t--) {
    if (free[t]! < 1) break;
    day = t;
  }
  return day;
}

/** Frozen copy of the v1 capacity-free relaxation bound (commit 56241af), for the same test; do not change. */
export function frozenRelaxationBoundV1(snapshot: Snapshot): number {
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
