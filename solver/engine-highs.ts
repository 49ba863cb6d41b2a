import highsLoader, { type Highs } from 'highs';
import { dualCertificate, lpBound, objective, roundIfIntegral, type Engine, type EngineResult } from './engine';
import type { ComponentLp } from './model-lp';
import { sift, SIFT_DEFAULTS, type SiftOptions } from './highs-sift';

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
 * 5.7 s), but with interim stays (loan columns of cost 0 between a korttid unit's rows: a very
 * degenerate primal) dual simplex is 3–5× faster (v2 M: 0.7 s vs 2.4–3.7 s; the whole v2 L LP
 * 97 s vs 295 s). MIP gaps: with whole-kroner costs any plan within 0.99 of the dual bound is optimal
 * (the optimum is whole too); otherwise no gap at all. (HiGHS's default relative gap, 1e-4,
 * could stop short of the optimum.)
 */
function hasStays(lp: ComponentLp): boolean {
  return lp.cols.some((c) => c.kind === 'loan');
}

function options(lp: ComponentLp, integer: boolean): Record<string, string | number | boolean> {
  if (!integer) return { output_flag: false, solver: 'simplex', simplex_strategy: hasStays(lp) ? 1 : 4 };
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
 * Components above this many columns are solved by column generation (sifting): measured on
 * the benchmark's largest component, L 3.2 s → 2.1 s and XL ≈100 s → 48 s for the LP.
 */
export const SIFT_ABOVE_COLUMNS = 20_000;

/**
 * HiGHS: the LP relaxation by primal simplex (on large components by column generation over
 * it, see {@link sift}); integral → optimal, with the bound certified from the row duals on the
 * full LP; fractional (seen on L and XL: ties on the optimal face) → HiGHS branch-and-cut on the
 * admission columns of a face of the LP (repair), else on the whole model, bound = the better of
 * the LP certificate and HiGHS's dual bound. `initialPerClass` and `sift` tune the column
 * generation (defaults {@link SIFT_DEFAULTS}).
 */
export function makeHighsEngine(siftAbove = SIFT_ABOVE_COLUMNS, initialPerClass = SIFT_DEFAULTS.initialPerClass, tuning: Partial<SiftOptions> = {}): Engine {
  const opts: SiftOptions = { ...SIFT_DEFAULTS, initialPerClass, ...tuning };
  return {
    name: 'highs',
    async solve(lp: ComponentLp): Promise<EngineResult> {
      // HiGHS calls a model without columns empty instead of optimal (a couple with no fitting day)
      if (lp.colCost.length === 0) return { name: 'highs (nothing to place)', x: [], bound: 0, status: 'optimal' };
      const highs = await loadHighs();
      if (lp.colCost.length > siftAbove) {
        const res = solveBySifting(highs, lp, opts);
        if (res) return res;
      }
      return solveWhole(highs, lp);
    },
  };
}

export const highsEngine: Engine = makeHighsEngine();

/**
 * A proven lower bound on the component's objective from HiGHS's LP duals (the dual
 * certificate), for engines that cannot prove their own (javascript-lp-solver).
 */
export async function certifiedLpBound(lp: ComponentLp): Promise<number> {
  if (lp.colCost.length === 0) return 0;
  const highs = await loadHighs();
  return dualCertificate(lp, run(highs, lp, false).duals!);
}

function solveWhole(highs: Highs, lp: ComponentLp): EngineResult {
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
}

/**
 * Column generation ({@link sift}): the bound is the dual certificate on the full LP (valid
 * whatever the subset); a plan of the subset is a plan of the full LP, so a plan that meets the
 * bound is optimal. Returns null (and the caller solves the whole LP) if the rounds run out or
 * the repair does not reach the bound.
 */
function solveBySifting(highs: Highs, lp: ComponentLp, opts: SiftOptions): EngineResult | null {
  const res = sift(highs, lp, options(lp, false), opts);
  if (!res) return null;
  const { cols, x, duals, reducedCosts } = res;
  const bound = dualCertificate(lp, duals);
  const expand = (xs: number[]) => {
    const full = new Array<number>(lp.colCost.length).fill(0);
    cols.forEach((j, i) => (full[j] = xs[i]!));
    return full;
  };
  const integral = roundIfIntegral(x);
  if (integral && objective(lp, expand(integral)) <= bound + 0.5) {
    return { name: 'highs (LP by column generation, integral)', x: expand(integral), bound, status: 'optimal' };
  }
  const sub = restrict(lp, cols);
  const repaired = repair(highs, sub, wholeColumns(sub, x), bound) ?? repair(highs, sub, offOptimalFace(reducedCosts), bound);
  return repaired ? { name: 'highs (LP by column generation + repair)', x: expand(repaired), bound, status: 'optimal' } : null;
}

/** The columns `js` of lp (all rows kept) as a component of their own. */
function restrict(lp: ComponentLp, js: readonly number[]): ComponentLp {
  const sub: ComponentLp = { ...lp, colCost: [], colStart: [0], colRow: [], colVal: [], cols: [] };
  for (const j of js) {
    sub.colCost.push(lp.colCost[j]!);
    sub.cols.push(lp.cols[j]!);
    for (let e = lp.colStart[j]!; e < lp.colStart[j + 1]!; e++) (sub.colRow.push(lp.colRow[e]!), sub.colVal.push(lp.colVal[e]!));
    sub.colStart.push(sub.colRow.length);
  }
  return sub;
}

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
