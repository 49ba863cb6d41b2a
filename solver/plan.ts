import { computeCost } from './cost';
import { dateOfDay } from './days';
import type { Engine } from './engine';
import { explainPlan } from './explain';
import { decodeSolution } from './lp-decode';
import { reduceSnapshot } from './model';
import { splitComponents } from './model-lp';
import type { Plan } from './plan-types';
import { SNAPSHOT_V2, type Snapshot } from './snapshot';
import { splitAdmissions, type DecodedFlows, type IndexedAdmission } from './split';
import { chooseEngine, type EngineChoice } from './engines';

/** Options of {@link planSnapshot}. */
export interface PlanOptions {
  /** 'auto' (default) picks per component; the others force one engine, for tests and benchmarks */
  engine?: EngineChoice;
}

/**
 * Optimal plan of a valid snapshot (see validateSnapshot). Async because HiGHS loads WebAssembly;
 * runs on the calling thread: use planInWorker in a server. The plan's cost comes from cost.ts,
 * its bound from the engines' LP relaxations.
 */
export async function planSnapshot(snapshot: Snapshot, opts: PlanOptions = {}): Promise<Plan> {
  const started = performance.now();
  const model = reduceSnapshot(snapshot);
  const components = splitComponents(model, snapshot.horizonDays, snapshot.turnaroundDays);
  const flows: DecodedFlows = { finals: [], stays: [], pairs: [] };
  const names = new Map<string, number>();
  let bound = model.baseCost;
  let optimal = true;
  for (const lp of components) {
    const engine: Engine = chooseEngine(lp, opts.engine ?? 'auto');
    const res = await engine.solve(lp);
    bound += res.bound;
    optimal &&= res.status === 'optimal';
    names.set(res.name, (names.get(res.name) ?? 0) + 1);
    const decoded = decodeSolution(lp, res.x);
    flows.finals.push(...decoded.finals);
    flows.stays.push(...decoded.stays);
    flows.pairs.push(...decoded.pairs);
  }
  const split = splitAdmissions(snapshot, model, flows);
  return assemblePlan(snapshot, split.admissions, {
    name: engineNames(names),
    status: optimal ? 'optimal' : 'feasible',
    bound,
    millis: Math.round(performance.now() - started),
  }, split.interim);
}

function engineNames(names: Map<string, number>): string {
  if (names.size === 0) return 'none (nothing to place)';
  return [...names].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(' + ');
}

/**
 * Builds the plan document (v1 or v2, by the snapshot's format) from indexed final admissions and
 * interim stays (each listed by date, then id): dates, cost, explanations.
 */
export function assemblePlan(
  snapshot: Snapshot,
  unsorted: IndexedAdmission[],
  solver: Plan['solver'],
  unsortedInterim: IndexedAdmission[] = [],
): Plan {
  const v2 = snapshot.format === SNAPSHOT_V2;
  if (!v2 && unsortedInterim.length > 0) throw new Error('planner bug: an interim stay in a v1 plan');
  const admissions = byDateThenId(snapshot, unsorted);
  const interim = byDateThenId(snapshot, unsortedInterim);
  const refs = admissions.map((x) => admissionRef(snapshot, x));
  const interimRefs = interim.map((x) => admissionRef(snapshot, x));
  const cost = computeCost(snapshot, refs, interimRefs);
  const why = explainPlan(snapshot, admissions, interim);
  const placed = new Set(admissions.map((x) => x.applicant));
  return {
    format: v2 ? 'plassplan.plan/2' : 'plassplan.plan/1',
    snapshotToday: snapshot.today,
    admissions: refs.map((r, i) => ({ ...r, why: why.admissions[i]! })),
    ...(v2 ? { interimStays: interimRefs.map((r, i) => ({ ...r, why: why.interim[i]! })) } : {}),
    unplaced: snapshot.applicants
      .map((a, i) => ({ applicantId: a.id, i }))
      .filter(({ i }) => !placed.has(i))
      .map(({ applicantId, i }) => ({ applicantId, why: why.unplaced.get(i)! })),
    cost,
    solver: checkedSolver(solver, cost.total),
  };
}

function byDateThenId(snapshot: Snapshot, list: IndexedAdmission[]): IndexedAdmission[] {
  const id = (x: IndexedAdmission) => snapshot.applicants[x.applicant]!.id;
  return [...list].sort((a, b) => a.day - b.day || id(a).localeCompare(id(b)));
}

function admissionRef(snapshot: Snapshot, x: IndexedAdmission) {
  return {
    applicantId: snapshot.applicants[x.applicant]!.id,
    unitId: snapshot.units[x.unit]!.id,
    date: dateOfDay(snapshot.today, x.day),
  };
}

/** A bound above the cost would be a bug; a gap means optimality is not proven. */
function checkedSolver(solver: Plan['solver'], total: number): Plan['solver'] {
  if (solver.bound > total + 0.5) throw new Error(`planner bug: bound ${solver.bound} above cost ${total}`);
  if (solver.status === 'optimal' && total - solver.bound > 0.5) return { ...solver, status: 'feasible' };
  return solver;
}
