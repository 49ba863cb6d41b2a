import solver from 'javascript-lp-solver';
import { lpBound, objective, roundIfIntegral, type Engine, type EngineResult } from './engine';
import type { ComponentLp } from './model-lp';

type JsModel = Parameters<typeof solver.Solve>[0] & { variables: Record<string, Record<string, number>> };

/** The component as a javascript-lp-solver model; `ints` marks the admission columns when `integer`. */
export function toJsModel(lp: ComponentLp, integer: boolean): JsModel {
  const constraints: Record<string, { max: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  lp.classCount.forEach((n, c) => (constraints[`c${c}`] = { max: n }));
  lp.rowCap.forEach((cap, r) => (constraints[`r${r}`] = { max: cap }));
  lp.varCost.forEach((cost, j) => {
    const col: Record<string, number> = { cost, [`c${lp.varClass[j]}`]: 1, [`r${lp.varRow[j]}`]: 1 };
    const rel = lp.varRelease[j]!;
    if (rel >= 0) col[`r${rel}`] = (col[`r${rel}`] ?? 0) - 1;
    variables[`x${j}`] = col;
  });
  lp.rowPrev.forEach((prev, r) => {
    if (prev >= 0) variables[`s${prev}`] = { cost: 0, [`r${prev}`]: 1, [`r${r}`]: -1 };
  });
  const ints: Record<string, 1> | undefined = integer ? {} : undefined;
  if (ints) lp.varCost.forEach((_, j) => (ints[`x${j}`] = 1));
  return { optimize: 'cost', opType: 'min', constraints, variables, ...(ints ? { ints } : {}) };
}

function run(model: JsModel, n: number): { feasible: boolean; value: number; x: number[] } {
  const res = solver.Solve(model) as Record<string, number | boolean | undefined>;
  const x = Array.from({ length: n }, (_, j) => Number(res[`x${j}`] ?? 0));
  return { feasible: res.feasible === true, value: Number(res.result ?? 0), x };
}

/**
 * javascript-lp-solver: the LP relaxation by simplex first; if its optimum is integral it is the
 * integer optimum (bound = LP value); otherwise branch-and-cut on the admission columns.
 * Dense tableau: use only for components of a few hundred columns (see plan.ts).
 */
export const jsLpEngine: Engine = {
  name: 'javascript-lp-solver',
  solve(lp: ComponentLp): EngineResult {
    const n = lp.varCost.length;
    const relaxed = run(toJsModel(lp, false), n);
    if (!relaxed.feasible) throw new Error('javascript-lp-solver: LP relaxation reported infeasible');
    const bound = lpBound(lp, relaxed.value);
    const integral = roundIfIntegral(relaxed.x);
    if (integral) return { name: 'javascript-lp-solver (LP, integral)', x: integral, bound, status: 'optimal' };
    const mip = run(toJsModel(lp, true), n);
    const x = roundIfIntegral(mip.x);
    if (!mip.feasible || !x) throw new Error('javascript-lp-solver: branch-and-cut gave no integral plan');
    return { name: 'javascript-lp-solver (MIP)', x, bound: Math.max(bound, lpBound(lp, objective(lp, x))), status: 'optimal' };
  },
};
