import { computeCost, type AdmissionRef } from '../cost';
import { dateOfDay } from '../days';
import type { Plan } from '../plan-types';
import type { Snapshot } from '../snapshot';
import { dayOf } from './check-days';
import { coupleChoices, optimisticRelease, singleChoices, type Choice, type Pick, type Span } from './brute-force-options';

/** Outcome of {@link bruteForceSearch}. */
export interface BruteForceResult {
  /** least cost found (NOK); the optimum when `complete` */
  optimum: number;
  /** false if the node cap stopped the search: then `optimum` is only an upper bound */
  complete: boolean;
  /** search nodes visited */
  nodes: number;
  /** a plan of cost `optimum` */
  admissions: AdmissionRef[];
  interimStays: AdmissionRef[];
}

/** Default node cap: about a second of search. */
export const BRUTE_FORCE_MAX_NODES = 3_000_000;

/**
 * Least plan cost (v1 or v2) by exhaustive search over every applicant's choice: final unit and
 * day or none × interim korttid unit and day or none (interim before final), partners jointly
 * (same unit and day, or both none). Capacity is rule 3 (bookings, chain releases of occupants
 * and of interim guests), checked on every partial plan against the most places it can still
 * reach (undecided occupants released as early as possible), costs come from cost.ts's day-cost
 * helpers, branches that cannot beat the best plan are cut. Independent of the planner's model;
 * for tiny snapshots (≤ 5 people, ≤ 3 units, ≤ 5 days). Groups with an occupant go first, as
 * their releases make the partial check tight.
 */
export function bruteForceSearch(snap: Snapshot, opts: { maxNodes?: number } = {}): BruteForceResult {
  const maxNodes = opts.maxNodes ?? BRUTE_FORCE_MAX_NODES;
  const H = snap.horizonDays;
  const options = groupChoices(snap).map((c) => [...c].sort((x, y) => x.cost - y.cost));
  const suffixMin = new Array<number>(options.length + 1).fill(0);
  for (let g = options.length - 1; g >= 0; g--) suffixMin[g] = suffixMin[g + 1]! + options[g]![0]!.cost;
  const slack = initialSlack(snap);
  const apply = (spans: Span[], sign: number) => {
    for (const s of spans) for (let t = Math.max(0, s.from); t < H; t++) slack[s.unit]![t]! += sign * s.delta;
  };
  // every unit, not only the touched ones: cheap at this size, and no reliance on a valid start
  const fits = () => slack.every((row) => row.every((v) => v >= 0));
  const chosen: Choice[] = [];
  let best = Infinity;
  let bestPlan: Choice[] = [];
  let nodes = 0;
  let complete = true;
  const dfs = (g: number, partial: number) => {
    if (++nodes > maxNodes) { complete = false; return; }
    if (g === options.length) { best = partial; bestPlan = [...chosen]; return; }
    for (const o of options[g]!) {
      if (partial + o.cost + suffixMin[g + 1]! >= best) break;
      apply(o.spans, 1);
      chosen[g] = o;
      if (fits()) dfs(g + 1, partial + o.cost);
      apply(o.spans, -1);
      if (!complete) return;
    }
  };
  dfs(0, 0);
  return { optimum: best, complete, nodes, ...planOf(snap, bestPlan.flatMap((c) => c.picks)) };
}

/**
 * Least plan cost by {@link bruteForceSearch}.
 * @throws if the search hits its node cap (the snapshot is too big for brute force)
 */
export function bruteForceOptimum(snap: Snapshot, maxNodes = 20 * BRUTE_FORCE_MAX_NODES): number {
  const r = bruteForceSearch(snap, { maxNodes });
  if (!r.complete) throw new Error(`brute force: node cap ${maxNodes} reached`);
  return r.optimum;
}

/** Groups (a couple, or one applicant) with their choices; groups with an occupant first. */
function groupChoices(snap: Snapshot): Choice[][] {
  const index = new Map(snap.applicants.map((a, i) => [a.id, i]));
  const groups: { choices: Choice[]; occupant: boolean }[] = [];
  snap.applicants.forEach((a, i) => {
    const j = a.partnerId === undefined ? undefined : index.get(a.partnerId);
    if (j !== undefined && j < i) return;
    const occupant = a.location.type === 'unit' || (j !== undefined && snap.applicants[j]!.location.type === 'unit');
    groups.push({ choices: j === undefined ? singleChoices(snap, i) : coupleChoices(snap, i, j), occupant });
  });
  return [...groups.filter((g) => g.occupant), ...groups.filter((g) => !g.occupant)].map((g) => g.choices);
}

/** slack[u][t] = freeNow + departures ≤ t − booked(t) + every occupant of u released as early as it can be. */
function initialSlack(snap: Snapshot): number[][] {
  const H = snap.horizonDays;
  const slack = snap.units.map((u) => {
    const row = new Array<number>(H).fill(u.freeNow);
    for (let t = 0; t < H; t++) {
      for (const d of u.departures) if (dayOf(snap.today, d.date) <= t) row[t]! += d.count;
      for (const b of u.bookings ?? []) if (dayOf(snap.today, b.from) <= t && t < dayOf(snap.today, b.to)) row[t]! -= b.count;
    }
    return row;
  });
  for (const a of snap.applicants) {
    const s = optimisticRelease(snap, a);
    if (s) for (let t = Math.max(0, s.from); t < H; t++) slack[s.unit]![t]! += 1;
  }
  return slack;
}

function planOf(snap: Snapshot, picks: Pick[]): { admissions: AdmissionRef[]; interimStays: AdmissionRef[] } {
  const ref = (i: number, u: number, d: number) => ({ applicantId: snap.applicants[i]!.id, unitId: snap.units[u]!.id, date: dateOfDay(snap.today, d) });
  return {
    admissions: picks.filter((p) => p.unit >= 0).map((p) => ref(p.applicant, p.unit, p.day)),
    interimStays: picks.filter((p) => p.interimUnit >= 0).map((p) => ref(p.applicant, p.interimUnit, p.interimDay)),
  };
}

/** The brute force's best plan as a plan document, for the checker (why and solver are placeholders). */
export function planOfSearch(snap: Snapshot, r: BruteForceResult): Plan {
  const placed = new Set(r.admissions.map((x) => x.applicantId));
  const why = 'brute force';
  return {
    format: snap.format === 'plassplan.snapshot/2' ? 'plassplan.plan/2' : 'plassplan.plan/1',
    snapshotToday: snap.today,
    admissions: r.admissions.map((x) => ({ ...x, why })),
    ...(snap.format === 'plassplan.snapshot/2' ? { interimStays: r.interimStays.map((x) => ({ ...x, why })) } : {}),
    unplaced: snap.applicants.filter((a) => !placed.has(a.id)).map((a) => ({ applicantId: a.id, why })),
    cost: computeCost(snap, r.admissions, r.interimStays),
    solver: { name: 'brute force', status: 'optimal', bound: r.optimum, millis: 0 },
  };
}
