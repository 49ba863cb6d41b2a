import type { ComponentLp } from './lp';
import type { ClassAdmission, DecodedFlows } from './split';

interface GroupDay {
  day: number;
  supply: { k: number; n: number }[];
  demand: { cls: number; n: number; src: number }[];
}

/**
 * Turns an integral solution into class admissions: direct, guest and interim columns as they are;
 * in each shared group, places brought in by its units wait (carry) until admissions on that day
 * or later use them (every unit of a group fits every class routed through it); couples as they are.
 */
export function decodeSolution(lp: ComponentLp, x: readonly number[]): DecodedFlows {
  const out: DecodedFlows = { finals: [], interim: [], pairs: [] };
  const groups = new Map<number, Map<number, GroupDay>>();
  const at = (group: number, day: number): GroupDay => {
    const days = groups.get(group) ?? new Map<number, GroupDay>();
    groups.set(group, days);
    const entry = days.get(day) ?? { day, supply: [], demand: [] };
    days.set(day, entry);
    return entry;
  };
  lp.cols.forEach((m, j) => {
    const n = x[j] ?? 0;
    if (n <= 0) return;
    const src = m.src ?? -1;
    if (m.kind === 'direct' || (m.kind === 'guest' && m.group < 0)) out.finals.push({ cls: m.cls, k: m.k, day: m.day, count: n, src });
    if (m.kind === 'interim') out.interim.push({ cls: m.cls, k: m.k, day: m.day, count: n, src: -1 });
    if (m.kind === 'pair') out.pairs.push({ pair: m.cls, k: m.k, day: m.day });
    if (m.kind === 'supply') at(m.group, m.day).supply.push({ k: m.k, n });
    if (m.kind === 'group' || (m.kind === 'guest' && m.group >= 0)) at(m.group, m.day).demand.push({ cls: m.cls, n, src });
  });
  for (const days of groups.values()) out.finals.push(...matchGroup([...days.values()].sort((a, b) => a.day - b.day)));
  return out;
}

function matchGroup(days: GroupDay[]): ClassAdmission[] {
  const out: ClassAdmission[] = [];
  const pool: { k: number; n: number }[] = [];
  for (const d of days) {
    pool.push(...d.supply);
    for (const w of d.demand) {
      let need = w.n;
      while (need > 0) {
        const o = pool.find((s) => s.n > 0);
        if (!o) throw new Error(`decode: a group admits more than its units brought in by day ${d.day}`);
        const n = Math.min(o.n, need);
        out.push({ cls: w.cls, k: o.k, day: d.day, count: n, src: w.src });
        o.n -= n;
        need -= n;
      }
    }
  }
  return out;
}
