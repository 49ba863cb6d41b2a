import highsLoader, { type Highs } from 'highs';
import { lpBound, roundIfIntegral, type Engine, type EngineResult } from './engine';
import type { ComponentLp } from './model-lp';

let loading: Promise<Highs> | undefined;

/** HiGHS (MIT, WebAssembly), loaded once per thread. */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

/**
 * The component in HiGHS's sparse column form: columns are the admissions, then one carry column
 * per stock row that has a successor; rows are the classes, then the stock rows.
 */
function toModelData(lp: ComponentLp, integer: boolean) {
  const nc = lp.classCount.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const push = (row: number, v: number) => (indices.push(row), values.push(v));
  lp.varCost.forEach((_, j) => {
    push(lp.varClass[j]!, 1);
    push(nc + lp.varRow[j]!, 1);
    if (lp.varRelease[j]! >= 0) push(nc + lp.varRelease[j]!, -1);
    starts.push(indices.length);
  });
  let carries = 0;
  lp.rowPrev.forEach((prev, r) => {
    if (prev < 0) return;
    push(nc + prev, 1);
    push(nc + r, -1);
    starts.push(indices.length);
    carries++;
  });
  const n = lp.varCost.length + carries;
  const m = nc + lp.rowCap.length;
  return {
    numCols: n,
    numRows: m,
    colCost: Float64Array.from({ length: n }, (_, j) => lp.varCost[j] ?? 0),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(Infinity),
    rowLower: new Float64Array(m).fill(-Infinity),
    rowUpper: Float64Array.from([...lp.classCount, ...lp.rowCap]),
    matrix: { format: 'csc' as const, numRows: m, numCols: n, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
    ...(integer ? { integrality: Int32Array.from({ length: n }, (_, j) => (j < lp.varCost.length ? 1 : 0)) } : {}),
  };
}

function run(highs: Highs, lp: ComponentLp, integer: boolean): { value: number; x: number[] } {
  const model = highs.createModel(toModelData(lp, integer));
  try {
    model.options.set({ output_flag: false, ...(integer ? {} : { solver: 'simplex' }) });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) {
      throw new Error(`HiGHS: model status ${model.getModelStatus()}`);
    }
    const col = model.getSolution().colValue;
    return { value: model.getObjectiveValue(), x: Array.from(col.subarray(0, lp.varCost.length)) };
  } finally {
    model.dispose();
  }
}

/**
 * HiGHS: the LP relaxation by dual simplex; integral → optimal with the LP value as bound;
 * fractional → HiGHS branch-and-cut on the admission columns (bound kept from the LP).
 */
export const highsEngine: Engine = {
  name: 'highs',
  async solve(lp: ComponentLp): Promise<EngineResult> {
    const highs = await loadHighs();
    const relaxed = run(highs, lp, false);
    const bound = lpBound(lp, relaxed.value);
    const integral = roundIfIntegral(relaxed.x);
    if (integral) return { name: 'highs (LP, integral)', x: integral, bound, status: 'optimal' };
    const mip = run(highs, lp, true);
    const x = roundIfIntegral(mip.x);
    if (!x) throw new Error('HiGHS: branch-and-cut gave no integral plan');
    return { name: 'highs (MIP)', x, bound: Math.max(bound, lpBound(lp, mip.value)), status: 'optimal' };
  },
};


