import { firstComeFirstServed } from './baseline';
import { relaxationBound } from './relaxation-bound';
import { assemblePlan } from './plan';
import type { Plan } from './plan-types';
import type { Snapshot } from './snapshot';

/**
 * Baseline plan for comparison in the UI: first come, first served (see baseline.ts), with its
 * format cost and status `feasible`; the bound is the capacity-free relaxation.
 */
export function planFirstComeFirstServed(snapshot: Snapshot): Plan {
  const started = performance.now();
  const admissions = firstComeFirstServed(snapshot);
  return assemblePlan(snapshot, admissions, {
    name: 'first-come-first-served',
    status: 'feasible',
    bound: relaxationBound(snapshot),
    millis: Math.round(performance.now() - started),
  });
}
