import highsLoader, { type Highs } from 'highs';
import { dualCertificate, lpBound, objective, roundIfIntegral, type Engine, type EngineResult } from './engine';
import type { ComponentLp } from './model-lp';

let loading: Promise<Highs> | undefined;

/** HiGHS (MIT, WebAssembly), loaded once per thread. */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

/**
 * The component in HiGHS's sparse column form; integrality on every non-carry column when
 * `integer`; columns listed in `fixed` are fixed at the given value.
 */
function toModelData(lp: ComponentLp, integer: boolean, fixed?: Map<number, number>) {
  const n = lp.colCost.length;
  const m = lp.rowUpper.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n).fill(Infinity);
  for (const [j, v] of fixed ?? []) (lower[j] = v), (upper[j] = v);
  return {
    numCols: n,
    numRows: m,
    colCost: Float64Array.from(lp.colCost),
    colLower: lower,
    colUpper: upper,
    rowLower: new Float64Array(m).fill(-Infinity),
    rowUpper: Float64Array.from(lp.rowUpper),
    matrix: {
      format: 'csc' as const,
      numRows: m,
      numCols: n,
      starts: Int32Array.from(lp.colStart),
      indices: Int32Array.from(lp.colRow),
      values: Float64Array.from(lp.colVal),
    },
    ...(integer ? { integrality: Int32Array.from(lp.cols, (c) => (c.kind === 'carry' ? 0 : 1)) } : {}),
  };
}

interface RunResult {
  x: number[];
  /** LP: row duals and reduced costs; MIP: none */
  duals?: Float64Array;
  reducedCosts?: Float64Array;
  /** MIP: HiGHS's proven dual bound */
  mipBound?: number;
}

/**
 * Options: primal simplex measured 1.5× faster than dual on these flow-like LPs (L: 3.8 s vs
 * 5.7 s). MIP gaps: with whole-kroner costs any plan within 0.99 of the dual bound is optimal
 * (the optimum is whole too); otherwise no gap at all. (HiGHS's default relative gap, 1e-4,
 * could stop short of the optimum.)
 */
function options(lp: ComponentLp, integer: boolean): Record<string, string | number | boolean> {
  if (!integer) return { output_flag: false, solver: 'simplex', simplex_strategy: 4 };
  const whole = lp.colCost.every((c) => Number.isInteger(c));
  return { output_flag: false, mip_rel_gap: 0, mip_abs_gap: whole ? 0.99 : 1e-9 };
}

function run(highs: Highs, lp: ComponentLp, integer: boolean, fixed?: Map<number, number>): RunResult {
  const model = highs.createModel(toModelData(lp, integer, fixed));
  try {
    model.options.set(options(lp, integer));
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) {
      if (fixed) return { x: [] };
      throw new Error(`HiGHS: model status ${model.getModelStatus()}`);
    }
    const solution = model.getSolution();
    if (!integer) return { x: Array.from(solution.colValue), duals: solution.rowDual, reducedCosts: solution.colDual };
    return { x: Array.from(solution.colValue), mipBound: Number(model.info.get('mip_dual_bound')) };
  } finally {
    model.dispose();
  }
}

/**
 * HiGHS: the LP relaxation by primal simplex; integral → optimal, with the bound certified from
 * its row duals; fractional (seen on L and XL: ties on the optimal face) → HiGHS branch-and-cut
 * on the admission columns, bound = the better of the LP certificate and HiGHS's dual bound.
 */
export const highsEngine: Engine = {
  name: 'highs',
  async solve(lp: ComponentLp): Promise<EngineResult> {
    const highs = await loadHighs();
    const relaxed = run(highs, lp, false);
    // the bound is checked from the row duals, not taken from HiGHS's objective value
    const bound = dualCertificate(lp, relaxed.duals!);
    const integral = roundIfIntegral(relaxed.x);
    if (integral) return { name: 'highs (LP, integral)', x: integral, bound, status: 'optimal' };
    const repaired = repair(highs, lp, wholeColumns(lp, relaxed.x), bound) ?? repair(highs, lp, offOptimalFace(relaxed.reducedCosts!), bound);
    if (repaired) return { name: 'highs (LP + repair)', x: repaired, bound, status: 'optimal' };
    const mip = run(highs, lp, true);
    const x = roundIfIntegral(mip.x);
    if (!x) throw new Error('HiGHS: branch-and-cut gave no integral plan');
    return { name: 'highs (MIP)', x, bound: Math.max(bound, lpBound(lp, mip.mipBound ?? -Infinity)), status: 'optimal' };
  },
};



/**
 * A fractional LP optimum here is usually a tie on the optimal face. Fix some columns, solve the
 * rest as a MIP, and accept the result only if its cost meets the certified bound (then it is
 * optimal whatever was fixed); otherwise return null.
 */
function repair(highs: Highs, lp: ComponentLp, fixed: Map<number, number>, bound: number): number[] | null {
  const res = roundIfIntegral(run(highs, lp, true, fixed).x);
  if (!res || res.length === 0) return null;
  return objective(lp, res) <= bound + 0.5 ? res : null;
}

/** First try: keep every admission and supply column the LP already has whole. */
function wholeColumns(lp: ComponentLp, x: number[]): Map<number, number> {
  const fixed = new Map<number, number>();
  x.forEach((v, j) => {
    if (lp.cols[j]!.kind !== 'carry' && Math.abs(v - Math.round(v)) <= 1e-6) fixed.set(j, Math.round(v));
  });
  return fixed;
}

/** Second try: stay on the LP's optimal face, i.e. zero every column with a positive reduced cost. */
function offOptimalFace(reducedCosts: Float64Array): Map<number, number> {
  const fixed = new Map<number, number>();
  reducedCosts.forEach((d, j) => {
    if (d > 1e-6) fixed.set(j, 0);
  });
  return fixed;
}
