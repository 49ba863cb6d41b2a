import { loadHighs } from '../engine-highs';
import type { Snapshot } from '../snapshot';
import { MipBuilder } from './mip-builder';
import { buildReferenceModel } from './reference-model';

/** Outcome of {@link referenceOptimum}: the optimal total, or why there is none. */
export type ReferenceResult =
  | { status: 'optimal'; total: number; columns: number; millis: number }
  | { status: 'skipped'; columns: number };

/** Columns of the full reference model of `snap` (counted without building it). */
export function referenceColumns(snap: Snapshot): number {
  const counter = new MipBuilder(true);
  buildReferenceModel(snap, counter);
  return counter.columns;
}

/**
 * Independent reference for the benchmark and the tests: the format's model (v1 or v2, see
 * {@link buildReferenceModel}) written out in full from ../shared/planning-snapshot.md, with
 * none of the planner's reductions, solved as a MIP by HiGHS to a zero gap. The optimal total
 * (NOK, whole kroner), or `skipped` above `maxColumns` columns (default 300k: L's v1 model has
 * 1.5M and took 17 min). Throws if HiGHS does not prove an optimum.
 */
export async function referenceOptimum(snap: Snapshot, maxColumns = 300_000): Promise<ReferenceResult> {
  const columns = referenceColumns(snap);
  if (columns > maxColumns) return { status: 'skipped', columns };
  const started = performance.now();
  const b = new MipBuilder();
  buildReferenceModel(snap, b);
  const total = await solveMip(b);
  return { status: 'optimal', total, columns, millis: performance.now() - started };
}

async function solveMip(b: MipBuilder): Promise<number> {
  // nobody can be admitted anywhere: the plan is fixed (HiGHS reports an empty model, not optimal)
  if (b.colCost.length === 0) return b.offset;
  const highs = await loadHighs();
  const n = b.colCost.length;
  const m = b.rowUpper.length;
  const model = highs.createModel({
    numCols: n,
    numRows: m,
    offset: b.offset,
    colCost: Float64Array.from(b.colCost),
    colLower: new Float64Array(n),
    colUpper: Float64Array.from(b.colUpper),
    rowLower: Float64Array.from(b.rowLower),
    rowUpper: Float64Array.from(b.rowUpper),
    matrix: { format: 'csc', numRows: m, numCols: n, starts: Int32Array.from(b.starts), indices: Int32Array.from(b.indices), values: Float64Array.from(b.values) },
    integrality: Int32Array.from(b.integrality),
  });
  // whole-kroner costs: an incumbent within 0.5 of the dual bound is optimal (the optimum is whole too)
  const whole = Number.isInteger(b.offset) && b.colCost.every((c) => Number.isInteger(c));
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: whole ? 0.5 : 1e-9 });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error(`reference: HiGHS status ${model.getModelStatus()}`);
    const total = model.getObjectiveValue();
    return whole ? Math.round(total) : total;
  } finally {
    model.dispose();
  }
}
