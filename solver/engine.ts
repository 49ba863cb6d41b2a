import type { ComponentLp } from './model-lp';

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
