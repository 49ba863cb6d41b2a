import type { ComponentLp } from './lp';
import type { DecodedFlows } from './split';

/** One unit of demand on a pool (a group's places, or a stay row's lent beds), with what to do once its unit class is known. */
interface Demand {
  day: number;
  n: number;
  take: (k: number, n: number) => void;
}

/** Places offered to a pool (a unit of a group on a day, or a bed lent for a stay). */
interface Supply {
  day: number;
  k: number;
  n: number;
}

/**
 * Turns an integral solution into class admissions. Direct columns are as they are. In each
 * shared group, places brought in by its units wait (carry) until admissions on that day or later
 * use them (every unit of a group fits every class routed through it). In each stay row, the beds
 * lent by its units go to the stays of that row (every lender fits every class of the row). A
 * guest column becomes a stay and a final admission of one member; couples are as they are.
 */
export function decodeSolution(lp: ComponentLp, x: readonly number[]): DecodedFlows {
  const out: DecodedFlows = { finals: [], stays: [], pairs: [] };
  const pools = new Map<string, { supply: Supply[]; demand: Demand[] }>();
  const pool = (key: string) => pools.get(key) ?? pools.set(key, { supply: [], demand: [] }).get(key)!;
  lp.cols.forEach((m, j) => {
    const n = x[j] ?? 0;
    if (n <= 0) return;
    if (m.kind === 'direct') out.finals.push({ cls: m.cls, k: m.k, day: m.day, count: n });
    if (m.kind === 'pair') out.pairs.push({ pair: m.cls, k: m.k, day: m.day });
    if (m.kind === 'supply') pool(`g${m.group}`).supply.push({ day: m.day, k: m.k, n });
    if (m.kind === 'loan') pool(`s${m.stayRow}`).supply.push({ day: 0, k: m.k, n });
    if (m.kind === 'group') {
      pool(`g${m.group}`).demand.push({ day: m.day, n, take: (k, c) => out.finals.push({ cls: m.cls, k, day: m.day, count: c }) });
    }
    if (m.kind === 'interim') {
      pool(`s${m.stayRow}`).demand.push({ day: 0, n, take: (ik, c) => out.stays.push({ cls: m.cls, ik, stay: m.day, k: -1, day: -1, count: c }) });
    }
    if (m.kind === 'guest') {
      for (let i = 0; i < n; i++) {
        const stay = { cls: m.cls, ik: -1, stay: m.stay!, k: m.k, day: m.day, count: 1 };
        out.stays.push(stay);
        pool(`s${m.stayRow}`).demand.push({ day: 0, n: 1, take: (ik) => (stay.ik = ik) });
        if (m.group >= 0) pool(`g${m.group}`).demand.push({ day: m.day, n: 1, take: (k) => (stay.k = k) });
      }
    }
  });
  for (const [key, p] of pools) match(key, p.supply, p.demand);
  return out;
}

/** Serves demands in day order from supplies that arrived by then (first come, first served). */
function match(key: string, supply: Supply[], demand: Demand[]): void {
  const sorted = [...supply].sort((a, b) => a.day - b.day);
  let next = 0;
  const open: Supply[] = [];
  for (const d of [...demand].sort((a, b) => a.day - b.day)) {
    while (next < sorted.length && sorted[next]!.day <= d.day) open.push(sorted[next++]!);
    let need = d.n;
    while (need > 0) {
      const o = open.find((s) => s.n > 0);
      if (!o) throw new Error(`decode: ${key} takes more places than its units bring in by day ${d.day}`);
      const n = Math.min(o.n, need);
      d.take(o.k, n);
      o.n -= n;
      need -= n;
    }
  }
}
