import type { ReducedModel } from './model';

/**
 * One independent part of the reduced model as a linear program over admission variables x ≥ 0:
 * minimise Σ cost·x subject to, per class, Σ x ≤ count, and per stock row r (unit class k, day t):
 * x admitted at r − x of k's occupants released into r + carry(r) − carry(prev r) ≤ arrivals in r.
 * Rows are the admission days of k; a row takes the places arriving after the previous row, up to its day.
 */
export interface ComponentLp {
  /** indices into ReducedModel.vars, in column order */
  vars: number[];
  /** indices into ReducedModel.classes */
  classes: number[];
  classCount: number[];
  /** local class row of each column */
  varClass: Int32Array;
  varRow: Int32Array;
  /** row of the occupant's home unit class that its admission releases a place into, or -1 */
  varRelease: Int32Array;
  varCost: Float64Array;
  rowUnit: number[];
  rowDay: number[];
  rowCap: number[];
  /** previous stock row of the same unit class, or -1 */
  rowPrev: number[];
  /** true if some admission releases a place (chain rule) */
  hasChains: boolean;
}

/** Cuts the reduced model into independent components (no shared unit class, no chain between them). */
export function splitComponents(model: ReducedModel, H: number, T: number): ComponentLp[] {
  const parent = model.units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const v of model.vars) {
    const first = model.classes[v.cls]!.options[0]!.k;
    parent[find(v.k)] = find(first);
    const home = model.classes[v.cls]!.home;
    if (home >= 0) parent[find(home)] = find(first);
  }
  const groups = new Map<number, number[]>();
  model.vars.forEach((v, i) => {
    const root = find(v.k);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].map((vars) => buildComponent(model, vars, H, T));
}

function buildComponent(model: ReducedModel, vars: number[], H: number, T: number): ComponentLp {
  const classLocal = new Map<number, number>();
  const rowsByUnit = new Map<number, number[]>();
  for (const vi of vars) {
    const v = model.vars[vi]!;
    if (!classLocal.has(v.cls)) classLocal.set(v.cls, classLocal.size);
    const days = rowsByUnit.get(v.k) ?? [];
    days.push(v.day);
    rowsByUnit.set(v.k, days);
  }
  const rows = stockRows(model, rowsByUnit);
  const n = vars.length;
  const lp: ComponentLp = {
    vars,
    classes: [...classLocal.keys()],
    classCount: [...classLocal.keys()].map((c) => model.classes[c]!.members.length),
    varClass: new Int32Array(n),
    varRow: new Int32Array(n),
    varRelease: new Int32Array(n).fill(-1),
    varCost: new Float64Array(n),
    ...rows.table,
    hasChains: false,
  };
  vars.forEach((vi, j) => {
    const v = model.vars[vi]!;
    const home = model.classes[v.cls]!.home;
    lp.varClass[j] = classLocal.get(v.cls)!;
    lp.varRow[j] = rows.rowAt(v.k, v.day);
    lp.varCost[j] = v.cost;
    if (home >= 0 && v.day + T < H) lp.varRelease[j] = rows.firstRowFrom(home, v.day + T);
    if (lp.varRelease[j]! >= 0) lp.hasChains = true;
  });
  return lp;
}

function stockRows(model: ReducedModel, rowsByUnit: Map<number, number[]>) {
  const table = { rowUnit: [] as number[], rowDay: [] as number[], rowCap: [] as number[], rowPrev: [] as number[] };
  const index = new Map<number, { days: number[]; first: number }>();
  for (const [k, raw] of rowsByUnit) {
    const days = [...new Set(raw)].sort((a, b) => a - b);
    const first = table.rowUnit.length;
    index.set(k, { days, first });
    const arrivals = [...model.units[k]!.arrivals];
    days.forEach((day, i) => {
      const from = i === 0 ? -Infinity : days[i - 1]!;
      table.rowUnit.push(k);
      table.rowDay.push(day);
      table.rowCap.push(arrivals.reduce((s, [t, n]) => (t > from && t <= day ? s + n : s), 0));
      table.rowPrev.push(i === 0 ? -1 : first + i - 1);
    });
  }
  const rowAt = (k: number, day: number) => index.get(k)!.first + index.get(k)!.days.indexOf(day);
  const firstRowFrom = (k: number, day: number) => {
    const entry = index.get(k);
    const i = entry ? entry.days.findIndex((d) => d >= day) : -1;
    return i < 0 ? -1 : entry!.first + i;
  };
  return { table, rowAt, firstRowFrom };
}
