/**
 * Public API of the planner (pure: no database, no HTTP).
 *
 * - validateSnapshot(input) → { ok: true, snapshot } | { ok: false, errors: { path, message, messageNo }[] }
 * - planSnapshot(snapshot, opts?) → Promise<Plan>: optimal plan, on the calling thread
 * - planInWorker(snapshot, { timeLimitMs }) → Promise<Plan>: same, in a worker thread, status
 *   `timedout` with a first-come-first-served plan when the limit is reached
 * - computeCost(snapshot, admissions, interimStays?) → PlanCost: the format's cost model (the only one)
 * - planFirstComeFirstServed(snapshot) → Plan: baseline for "what the plan achieves"
 * - priorityInversions(snapshot, plan) → PriorityInversion[]: every lower-priority person placed ahead of a
 *   higher-priority one who could have used the place, with the reason
 * - generateSnapshot(size | options, seed, { format: 1 | 2 }) → Snapshot: deterministic demo and
 *   benchmark data (v1 by default; v2 adds interim stays, onlyFor, bookings and couples)
 */
export { validateSnapshot, snapshotSchema } from './snapshot';
export type { Snapshot, Unit, Applicant, SnapshotError, SnapshotValidation } from './snapshot';
export { planSnapshot, type PlanOptions } from './plan';
export { planInWorker, type WorkerOptions } from './worker';
export { computeCost, type PlanCost, type AdmissionRef } from './cost';
export { planFirstComeFirstServed } from './fcfs-plan';
export { type InversionGroup, inversionSentences, priorityInversions, type PriorityInversion } from './priority-inversions';
export type { Plan, PlanAdmission, PlanUnplaced, PlanSolver } from './plan-types';
export { generateSnapshot, type GenerateOptions, type SnapshotSize } from './generate';
