import type { PlanCost } from './cost';

/** One proposed admission: the final one, or (v2) an interim korttid stay. */
export interface PlanAdmission {
  applicantId: string;
  unitId: string;
  /** ISO date of the admission */
  date: string;
  /** bokmål sentence for the allocation meeting */
  why: string;
}

/** An applicant the plan does not place within the horizon. */
export interface PlanUnplaced {
  applicantId: string;
  why: string;
}

/** How the plan was found; `bound` is a proven lower bound on every plan's cost (NOK). */
export interface PlanSolver {
  name: string;
  status: 'optimal' | 'feasible' | 'timedout';
  bound: number;
  millis: number;
}

/**
 * A plan in exchange format `plassplan.plan/1` or `/2` (answering a snapshot of the same
 * version): every applicant exactly once, in admissions or unplaced. v2 adds `interimStays`
 * (always present in v2, absent in v1) and `cost.interimStays`.
 */
export interface Plan {
  format: 'plassplan.plan/1' | 'plassplan.plan/2';
  snapshotToday: string;
  admissions: PlanAdmission[];
  interimStays?: PlanAdmission[];
  unplaced: PlanUnplaced[];
  cost: PlanCost;
  solver: PlanSolver;
}
