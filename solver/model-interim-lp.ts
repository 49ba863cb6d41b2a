import { finalDayCost, overliggerCost } from './cost';
import type { ReducedModel } from './model';
import { interimDays } from './model-interim';
import { groupKey, releaseRow } from './model-lp';
import type { Route } from './model-routes';
import type { LpBuilder } from './lp';

/**
 * Interim stays (v2) of the classes `cls` of one component (class c's row is its index in cls).
 * A stay is an interval: a korttid bed taken on day e and free again on d + T, d the final
 * admission (or never, within the horizon). Per set Γ of interim unit classes (the members' own
 * options), a stay row per (e, d): Σ members' stays (e, d) ≤ Σ beds lent for (e, d) by the units
 * of Γ. Every unit of Γ fits every class whose options are Γ, so any lent bed can take any such
 * stay: the rows are exact, and a class never needs a row per interim unit.
 * - guest column (c, e, d, route): +1 class row (the first admission), +1 the final unit's stock or
 *   group row at d, +1 stay row; cost overliggerdøgn to e, waiting and guarantee to d;
 * - interim column (c, e): as above with no final admission;
 * - loan column (k, e, d): −1 stay row, +1 k's stock row at e, −1 k's stock row at d + T.
 * Final days d after e are the route's days > e (guestDays says why no others are needed).
 */
export function addInterimColumns(b: LpBuilder, model: ReducedModel, cls: number[], guests: Route[][], shared: Set<string>, H: number, T: number): void {
  const stayRows = new Map<string, number | null>();
  const stayRow = (gamma: number[], e: number, d: number): number | null => {
    const key = `${gamma.join(',')}@${e}:${d}`;
    if (stayRows.has(key)) return stayRows.get(key)!;
    const lenders = gamma.filter((k) => b.lastStockRowUpTo(k, e) >= 0);
    const row = lenders.length === 0 ? null : b.addRow(0);
    stayRows.set(key, row);
    for (const k of row === null ? [] : lenders) {
      const release = d < 0 ? -1 : releaseRow(b, k, d, H, T);
      b.addGeneralColumn({ kind: 'loan', cls: -1, k, group: -1, day: e, until: d, stayRow: row! }, 0, [[row!, -1], [b.lastStockRowUpTo(k, e), 1], [release, -1]]);
    }
    return row;
  };
  cls.forEach((c, local) => {
    const klass = model.classes[c]!;
    if (klass.interim.length === 0) return;
    const union = new Set(klass.interim.flatMap((k) => model.rise[k]!));
    for (const e of interimDays(H, klass, union)) {
      const stay = overliggerCost(klass.terms, e);
      const alone = stayRow(klass.interim, e, -1);
      if (alone === null) continue;
      b.addGeneralColumn({ kind: 'interim', cls: c, k: -1, group: -1, day: e, stayRow: alone }, stay - klass.overliggerUnplaced, [[local, 1], [alone, 1]]);
      for (const route of guests[c]!) {
        for (const d of route.days) {
          if (d <= e) continue;
          const row = stayRow(klass.interim, e, d)!;
          const cost = stay + finalDayCost(klass.terms, d) + route.pref - klass.unplaced;
          const meta = { kind: 'guest' as const, cls: c, day: d, stay: e, stayRow: row };
          const key = groupKey(route.ks);
          if (shared.has(key)) {
            const { group, row: groupRow } = b.groupRow(key, d);
            b.addGeneralColumn({ ...meta, k: -1, group }, cost, [[local, 1], [groupRow, 1], [row, 1]]);
            continue;
          }
          for (const j of route.ks) {
            const stock = b.lastStockRowUpTo(j, d);
            if (stock >= 0) b.addGeneralColumn({ ...meta, k: j, group: -1 }, cost, [[local, 1], [stock, 1], [row, 1]]);
          }
        }
      }
    }
  });
}
