import type { ComponentLp } from './lp';
import type { ClassAdmission } from './split';

/**
 * Turns an integral solution into class admissions: direct columns as they are; at each
 * group-day row, supplies from unit classes are matched to the classes admitted through it
 * (every unit of a group fits every class routed through it).
 */
export function decodeSolution(lp: ComponentLp, x: readonly number[]): ClassAdmission[] {
  const out: ClassAdmission[] = [];
  const supply = new Map<number, { k: number; n: number }[]>();
  const demand = new Map<number, { cls: number; day: number; n: number }[]>();
  lp.cols.forEach((m, j) => {
    const n = x[j] ?? 0;
    if (n <= 0) return;
    if (m.kind === 'direct') out.push({ cls: m.cls, k: m.k, day: m.day, count: n });
    if (m.kind === 'supply') push(supply, m.group, { k: m.k, n });
    if (m.kind === 'group') push(demand, m.group, { cls: m.cls, day: m.day, n });
  });
  for (const [row, wants] of demand) {
    const offers = supply.get(row) ?? [];
    for (const w of wants) {
      while (w.n > 0) {
        const o = offers.find((s) => s.n > 0);
        if (!o) throw new Error(`decode: group row ${row} admits more than its units supply`);
        const n = Math.min(o.n, w.n);
        out.push({ cls: w.cls, k: o.k, day: w.day, count: n });
        o.n -= n;
        w.n -= n;
      }
    }
  }
  return out;
}

function push<V>(map: Map<number, V[]>, key: number, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
