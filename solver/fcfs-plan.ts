import { firstComeFirstServed } from './baseline';
import { relaxationBound } from './relaxation-bound';
import { assemblePlan } from './plan';
import type { Plan, PlanSolver } from './plan-types';
import type { Snapshot } from './snapshot';

/**
 * Baseline plan, for the UI's comparison ("what the plan achieves") and as the plan returned
 * at the worker's time limit: first come, first served (see baseline.ts) with its interim
 * stays, its format cost and the capacity-free relaxation as bound. `solver` overrides the
 * name (default 'first-come-first-served'), the status (default `feasible`) and the millis
 * (default: the time taken here).
 */
export function planFirstComeFirstServed(
  snapshot: Snapshot,
  solver: Partial<Pick<PlanSolver, 'name' | 'status' | 'millis'>> = {},
): Plan {
  const started = performance.now();
  const { admissions, interimStays } = firstComeFirstServed(snapshot);
  const bound = relaxationBound(snapshot);
  return assemblePlan(
    snapshot,
    admissions,
    {
      name: solver.name ?? 'first-come-first-served',
      status: solver.status ?? 'feasible',
      bound,
      millis: solver.millis ?? Math.round(performance.now() - started),
    },
    interimStays,
  );
}
