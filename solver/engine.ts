import type { ComponentLp } from './lp';

/** Result of solving one component exactly (or as far as a time limit allowed). */
export interface EngineResult {
  /** engine name, reported in the plan's `solver.name` */
  name: string;
  /** value per column (admissions, supplies, carries), non-negative integers */
  x: number[];
  /** proven lower bound on the component's objective (NOK, relative to nobody placed) */
  bound: number;
  /** 'optimal' when x is proven optimal */
  status: 'optimal' | 'feasible';
}

/** An exact solver of component LPs with integrality. */
export interface Engine {
  name: string;
  solve(lp: ComponentLp): EngineResult | Promise<EngineResult>;
}

/** Objective value of x (NOK, relative to nobody placed). */
export function objective(lp: ComponentLp, x: readonly number[]): number {
  let sum = 0;
  x.forEach((v, j) => (sum += v * lp.colCost[j]!));
  return sum;
}

/** Rounds x to integers if every entry is within 1e-6 of one; otherwise returns null. */
export function roundIfIntegral(x: readonly number[]): number[] | null {
  const out: number[] = [];
  for (const v of x) {
    const r = Math.round(v);
    if (Math.abs(v - r) > 1e-6) return null;
    out.push(Math.max(0, r));
  }
  return out;
}

/**
 * An LP optimum v is a bound on the integer optimum; with integral costs the integer optimum is
 * an integer, so ceil(v − ε) is a bound too (ε absorbs floating-point error of the simplex).
 */
export function lpBound(lp: ComponentLp, lpValue: number): number {
  const integral = lp.colCost.every((c) => Number.isInteger(c));
  const eps = 1e-9 * Math.max(1, Math.abs(lpValue));
  return integral ? Math.ceil(lpValue - eps) : lpValue - eps;
}

/**
 * Weak-duality certificate for minimise c·x, A·x ≤ b, x ≥ 0: for any row prices y ≤ 0,
 * y·b + Σ_j U_j · min(0, c_j − (Aᵀy)_j) is a lower bound, where U_j bounds x_j in every
 * solution (admission and supply columns by all places that can exist plus all members,
 * which every column stays below). Computed here from an engine's duals, independently of
 * its objective value; rounded up when costs are whole kroner (the optimum is then whole).
 */
export function dualCertificate(lp: ComponentLp, duals: ArrayLike<number>): number {
  let total = 0;
  lp.rowUpper.forEach((b) => (total += b));
  const price = (r: number) => Math.min(0, duals[r] ?? 0);
  let bound = 0;
  lp.rowUpper.forEach((b, r) => (bound += b * price(r)));
  for (let j = 0; j < lp.colCost.length; j++) {
    let reduced = lp.colCost[j]!;
    for (let e = lp.colStart[j]!; e < lp.colStart[j + 1]!; e++) reduced -= lp.colVal[e]! * price(lp.colRow[e]!);
    if (reduced < 0) bound += reduced * total;
  }
  const integral = lp.colCost.every((c) => Number.isInteger(c));
  const eps = 1e-9 * Math.max(1, Math.abs(bound));
  return integral ? Math.ceil(bound - eps) : bound - eps;
}
