import solver from 'javascript-lp-solver';
import { objective, roundIfIntegral, type Engine, type EngineResult } from './engine';
import { certifiedLpBound } from './engine-highs';
import type { ComponentLp } from './model-lp';

type JsModel = Parameters<typeof solver.Solve>[0] & { variables: Record<string, Record<string, number>> };

/** The component as a javascript-lp-solver model; `ints` marks the non-carry columns when `integer`. */
function toJsModel(lp: ComponentLp, integer: boolean): JsModel {
  const constraints: Record<string, { max: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  lp.rowUpper.forEach((max, r) => (constraints[`r${r}`] = { max }));
  lp.colCost.forEach((cost, j) => {
    const col: Record<string, number> = { cost };
    for (let e = lp.colStart[j]!; e < lp.colStart[j + 1]!; e++) col[`r${lp.colRow[e]}`] = lp.colVal[e]!;
    variables[`x${j}`] = col;
    if (integer && lp.cols[j]!.kind !== 'carry') ints[`x${j}`] = 1;
  });
  // tolerance 0: branch-and-cut runs until its incumbent is proven optimal
  return { optimize: 'cost', opType: 'min', constraints, variables, ...(integer ? { ints, tolerance: 0 } : {}) };
}

function run(model: JsModel, n: number): { feasible: boolean; value: number; x: number[] } {
  const res = solver.Solve(model) as Record<string, number | boolean | undefined>;
  const x = Array.from({ length: n }, (_, j) => Number(res[`x${j}`] ?? 0));
  return { feasible: res.feasible === true, value: Number(res.result ?? 0), x };
}

/**
 * javascript-lp-solver: the LP relaxation by simplex first; if its optimum is integral that is
 * the plan, otherwise branch-and-cut on the admission columns. Its own objective values are not
 * trusted as bounds (the property tests found its LP stopping short of the optimum and its MIP
 * reporting an objective that is not c·x of its solution), so the bound is HiGHS's dual
 * certificate of the same LP, and the result is optimal only when c·x meets it.
 * Dense tableau: used only when asked for (cross-checks, benchmarks), not by 'auto'.
 */
export const jsLpEngine: Engine = {
  name: 'javascript-lp-solver',
  async solve(lp: ComponentLp): Promise<EngineResult> {
    const n = lp.colCost.length;
    const relaxed = run(toJsModel(lp, false), n);
    if (!relaxed.feasible) throw new Error('javascript-lp-solver: LP relaxation reported infeasible');
    const bound = await certifiedLpBound(lp);
    const integral = roundIfIntegral(relaxed.x);
    const result = (name: string, x: number[]): EngineResult => ({ name, x, bound, status: objective(lp, x) <= bound + 0.5 ? 'optimal' : 'feasible' });
    if (integral) return result('javascript-lp-solver (LP, integral)', integral);
    const mip = run(toJsModel(lp, true), n);
    const x = roundIfIntegral(mip.x);
    if (!mip.feasible || !x) throw new Error('javascript-lp-solver: branch-and-cut gave no integral plan');
    return result('javascript-lp-solver (MIP)', x);
  },
};
