import { dayCost, dayCostTerms, preferenceCost } from '../cost';
import { dayIndex } from '../days';
import { loadHighs } from '../engine-highs';
import type { Snapshot } from '../snapshot';

interface Column {
  cost: number;
  rows: number[];
  vals: number[];
  int: boolean;
}

/**
 * Independent reference for the benchmark: the format's model written out in full, with no
 * reduction (one binary per applicant, fitting unit and day in [s, H-1]; per unit and day a
 * stock of free places: free[t] = free[t-1] + listed arrivals + chain releases − admissions ≥ 0),
 * solved as a MIP by HiGHS. Returns the optimal total (NOK) or null above `maxColumns`.
 */
export async function referenceOptimum(snap: Snapshot, maxColumns = 300_000): Promise<{ total: number; columns: number } | null> {
  const { cols, offset } = admissionColumns(snap);
  if (cols.length > maxColumns) return null;
  const H = snap.horizonDays;
  const stockRow = (u: number, t: number) => snap.applicants.length + u * H + t;
  snap.units.forEach((_, u) => {
    for (let t = 0; t + 1 < H; t++) cols.push({ cost: 0, rows: [stockRow(u, t), stockRow(u, t + 1)], vals: [1, -1], int: false });
  });
  const rowUpper = new Float64Array(snap.applicants.length + snap.units.length * H);
  rowUpper.fill(1, 0, snap.applicants.length);
  snap.units.forEach((u, ui) => {
    rowUpper[stockRow(ui, 0)]! += u.freeNow;
    for (const d of u.departures) {
      const day = dayIndex(snap.today, d.date);
      if (day < H) rowUpper[stockRow(ui, day)]! += d.count;
    }
  });
  return { total: await solveMip(cols, rowUpper, offset), columns: cols.length };
}

/** One binary per applicant, fitting unit and day; the row of applicant i is i, of unit u on day t is A + u·H + t. */
function admissionColumns(snap: Snapshot): { cols: Column[]; offset: number } {
  const H = snap.horizonDays;
  const unitIdx = new Map(snap.units.map((u, i) => [u.id, i]));
  const stockRow = (u: number, t: number) => snap.applicants.length + u * H + t;
  const cols: Column[] = [];
  let offset = 0;
  snap.applicants.forEach((a, ai) => {
    const t = dayCostTerms(snap, a);
    offset += dayCost(t, H);
    const home = a.location.type === 'unit' ? unitIdx.get(a.location.unitId) : undefined;
    snap.units.forEach((u, ui) => {
      const fits = u.kind === a.kind && a.requires.every((x) => u.tags.includes(x)) && !(a.excludedUnits ?? []).includes(u.id) && ui !== home;
      if (!fits) return;
      for (let d = Math.max(0, t.ready); d < H; d++) {
        const rows = [ai, stockRow(ui, d)];
        const vals = [1, 1];
        if (home !== undefined && d + snap.turnaroundDays < H) (rows.push(stockRow(home, d + snap.turnaroundDays)), vals.push(-1));
        cols.push({ cost: dayCost(t, d) + preferenceCost(snap, a, u.id) - dayCost(t, H), rows, vals, int: true });
      }
    });
  });
  return { cols, offset };
}

async function solveMip(cols: Column[], rowUpper: Float64Array, offset: number): Promise<number> {
  const highs = await loadHighs();
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const c of cols) (indices.push(...c.rows), values.push(...c.vals), starts.push(indices.length));
  const n = cols.length;
  const m = rowUpper.length;
  const model = highs.createModel({
    numCols: n, numRows: m, offset,
    colCost: Float64Array.from(cols, (c) => c.cost), colLower: new Float64Array(n), colUpper: Float64Array.from(cols, (c) => (c.int ? 1 : Infinity)),
    rowLower: new Float64Array(m).fill(-Infinity), rowUpper,
    matrix: { format: 'csc', numRows: m, numCols: n, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
    integrality: Int32Array.from(cols, (c) => (c.int ? 1 : 0)),
  });
  try {
    // whole-kroner costs: an incumbent within 0.5 of the dual bound is optimal
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5 });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error(`reference: status ${model.getModelStatus()}`);
    return model.getObjectiveValue();
  } finally {
    model.dispose();
  }
}
