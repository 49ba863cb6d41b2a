import type { Highs } from 'highs';
import type { ComponentLp } from './lp';

/** Tuning of {@link sift}; the defaults are the measured best on the benchmark's L and XL. */
export interface SiftOptions {
  /** cheapest columns per applicant class in the first restricted LP (default 3) */
  initialPerClass: number;
  /** most columns that join per round, the most negative reduced costs first (default 2000) */
  addPerRound: number;
  /**
   * a column leaves the restricted LP after this many rounds in a row nonbasic at zero with a
   * positive reduced cost (default 2; 0 = never); it may join again when it prices negative
   */
  dropAfter: number;
  /** rounds before giving up (default 200) */
  maxRounds: number;
}

export const SIFT_DEFAULTS: SiftOptions = { initialPerClass: 3, addPerRound: 2000, dropAfter: 2, maxRounds: 200 };

/** Result of {@link sift}: the restricted columns (indices into lp) and HiGHS's LP solution on them. */
export interface SiftResult {
  cols: number[];
  x: number[];
  duals: Float64Array;
  reducedCosts: Float64Array;
}

/**
 * The first restricted LP: every carry (cheap, and they keep places moving), each applicant
 * class's cheapest columns, and every column that can bring a row with a negative upper bound
 * to feasibility. Supplies are priced like the rest: measured on XL, only ~5 % of them are ever
 * used, and a smaller restricted LP makes every simplex iteration cheaper (measured with
 * 2,000 columns a round: XL LP ≈40 s → ≈21 s; with idle columns dropped too, ≈7 s).
 * Columns of other kinds (v2: guest, interim, loan, pair) are grouped by kind and class and
 * treated like admissions: their cheapest first, the rest priced.
 */
function startSet(lp: ComponentLp, perClass: number): Uint8Array {
  const inSet = new Uint8Array(lp.colCost.length);
  const byClass = new Map<string, number[]>();
  lp.cols.forEach((c, j) => {
    if (c.kind === 'carry') inSet[j] = 1;
    else if (c.kind !== 'supply') {
      // direct and group share a class; other kinds (pair: cls is a pair) get their own groups
      const key = c.kind === 'direct' || c.kind === 'group' ? `a${c.cls}` : `${c.kind}${c.cls}`;
      (byClass.get(key) ?? byClass.set(key, []).get(key)!).push(j);
    }
  });
  for (const js of byClass.values()) {
    js.sort((a, b) => lp.colCost[a]! - lp.colCost[b]!);
    for (const j of js.slice(0, perClass)) inSet[j] = 1;
  }
  for (let j = 0; j < lp.colCost.length; j++) {
    for (let e = lp.colStart[j]!; e < lp.colStart[j + 1]!; e++) if (lp.colVal[e]! < 0 && lp.rowUpper[lp.colRow[e]!]! < 0) inSet[j] = 1;
  }
  return inSet;
}

/** The LP's columns in typed arrays, for pricing every column each round. */
interface Packed {
  cost: Float64Array;
  start: Int32Array;
  row: Int32Array;
  val: Float64Array;
  /** scratch: reduced costs and indices of the negative columns */
  rc: Float64Array;
  idx: Int32Array;
}

function pack(lp: ComponentLp): Packed {
  const n = lp.colCost.length;
  return { cost: Float64Array.from(lp.colCost), start: Int32Array.from(lp.colStart), row: Int32Array.from(lp.colRow), val: Float64Array.from(lp.colVal), rc: new Float64Array(n), idx: new Int32Array(n) };
}

/**
 * Up to `limit` columns outside the set with a negative reduced cost under the row prices
 * (duals above zero count as zero, as in the certificate), the most negative ones.
 */
function price(p: Packed, inSet: Uint8Array, rowDual: ArrayLike<number>, limit: number): number[] {
  const y = Float64Array.from(rowDual, (v) => Math.min(0, v));
  let count = 0;
  for (let j = 0; j < p.cost.length; j++) {
    if (inSet[j]) continue;
    let reduced = p.cost[j]!;
    for (let e = p.start[j]!; e < p.start[j + 1]!; e++) reduced -= p.val[e]! * y[p.row[e]!]!;
    if (reduced < -1e-7) (p.rc[count] = reduced), (p.idx[count++] = j);
  }
  const cut = count <= limit ? 0 : p.rc.slice(0, count).sort()[limit - 1]!;
  const out: number[] = [];
  for (let i = 0; i < count && out.length < limit; i++) if (count <= limit || p.rc[i]! <= cut) out.push(p.idx[i]!);
  return out;
}

/** The columns `js` of lp in HiGHS's addCols form. */
export function columnData(lp: ComponentLp, js: readonly number[]) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const j of js) {
    for (let e = lp.colStart[j]!; e < lp.colStart[j + 1]!; e++) (indices.push(lp.colRow[e]!), values.push(lp.colVal[e]!));
    starts.push(indices.length);
  }
  return {
    cost: Float64Array.from(js, (j) => lp.colCost[j]!),
    lower: new Float64Array(js.length),
    upper: new Float64Array(js.length).fill(Infinity),
    matrix: { format: 'csc' as const, numRows: lp.rowUpper.length, numCols: js.length, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
  };
}

/**
 * Drops columns that sat nonbasic at zero with a positive reduced cost for `after` rounds in a
 * row (they stay priced, so one that turns attractive joins again). Keeps the restricted LP
 * small, which is what makes HiGHS's iterations cheap. Returns the kept columns.
 */
function dropIdle(model: ReturnType<Highs['createModel']>, cols: number[], idle: Uint8Array, inSet: Uint8Array, after: number, x: ArrayLike<number>, d: ArrayLike<number>, basic: ArrayLike<number>): number[] {
  const mask = new Int32Array(cols.length);
  const kept: number[] = [];
  cols.forEach((j, i) => {
    const resting = basic[i] !== 1 && x[i] === 0 && d[i]! > 1e-7;
    idle[j] = resting ? idle[j]! + 1 : 0;
    if (resting && idle[j]! >= after) (mask[i] = 1), (inSet[j] = 0), (idle[j] = 0);
    else kept.push(j);
  });
  if (kept.length < cols.length) model.deleteCols({ kind: 'mask', mask });
  return kept;
}

/**
 * Column generation (sifting) over HiGHS's primal simplex: solve the LP on a subset of the
 * columns, price every other column with the row duals, add the most negative, continue from
 * the basis, until none prices negative. The caller certifies the bound on the full LP from
 * the duals (valid whatever the subset). Null if HiGHS fails or the rounds run out.
 */
export function sift(highs: Highs, lp: ComponentLp, simplexOptions: Record<string, string | number | boolean>, opts: SiftOptions = SIFT_DEFAULTS): SiftResult | null {
  const m = lp.rowUpper.length;
  const inSet = startSet(lp, opts.initialPerClass);
  const packed = pack(lp);
  const idle = new Uint8Array(lp.colCost.length);
  let cols: number[] = [];
  let add: number[] = [];
  inSet.forEach((v, j) => v && add.push(j));
  const empty = { numCols: 0, numRows: m, colCost: new Float64Array(0), colLower: new Float64Array(0), colUpper: new Float64Array(0), rowLower: new Float64Array(m).fill(-Infinity), rowUpper: Float64Array.from(lp.rowUpper), matrix: { format: 'csc' as const, numRows: m, numCols: 0, starts: Int32Array.from([0]), indices: new Int32Array(0), values: new Float64Array(0) } };
  const model = highs.createModel(empty);
  try {
    // presolve off: the restricted LPs are small and change every round (measured L 2.0 → 1.3 s)
    model.options.set({ ...simplexOptions, presolve: 'off' });
    for (let round = 0; round < opts.maxRounds; round++) {
      model.addCols(columnData(lp, add));
      cols = cols.concat(add);
      model.run();
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return null;
      const solution = model.getSolution();
      add = price(packed, inSet, solution.rowDual, opts.addPerRound);
      if (add.length === 0) return { cols, x: Array.from(solution.colValue), duals: solution.rowDual, reducedCosts: solution.colDual };
      for (const j of add) inSet[j] = 1;
      if (opts.dropAfter > 0) cols = dropIdle(model, cols, idle, inSet, opts.dropAfter, solution.colValue, solution.colDual, model.getBasis().colStatus);
    }
    return null;
  } finally {
    model.dispose();
  }
}
