import type { PlanCost } from './cost';

/** One proposed admission (format `plassplan.plan/1`). */
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

/** A plan in exchange format `plassplan.plan/1`: every applicant exactly once, in admissions or unplaced. */
export interface Plan {
  format: 'plassplan.plan/1';
  snapshotToday: string;
  admissions: PlanAdmission[];
  unplaced: PlanUnplaced[];
  cost: PlanCost;
  solver: PlanSolver;
}
