import { finalDayCost, overliggerCost } from './cost';
import type { ReducedModel } from './model';
import { guestDays, interimDays } from './model-interim';
import { groupKey, releaseRow } from './model-lp';
import type { Route } from './model-routes';
import type { LpBuilder } from './lp';

/**
 * Columns and rows of interim stays (v2) for class `c` (row `local`): per interim unit class k,
 * - an interim column per interim day e: +1 in the class row (it is the member's first
 *   admission), +1 in k's stock row, −1 in the guest row of the first guest day ≥ e + 1;
 * - guest rows per guest day d (Σ finals of guests in k on d − guests arrived by d − 1 ± carry
 *   ≤ 0), so that a final admission after an interim stay is on a later day than the stay;
 * - guest final columns per route and guest day: +1 in the guest row, +1 in the unit or group
 *   row, −1 in k's stock row at d + T (the korttid bed is free again: the chain rule).
 * Costs: the interim stay carries the overliggerdøgn (they end at the first admission), the
 * guest final the waiting and guarantee costs, each relative to being left unplaced.
 */
export function addInterimColumns(b: LpBuilder, model: ReducedModel, c: number, local: number, routes: Route[], shared: Set<string>, H: number, T: number): void {
  const klass = model.classes[c]!;
  const riseOf = (k: number) => model.rise[k]!;
  for (const k of klass.interim) {
    const days = guestDays(H, klass, model.rise[k]!, riseOf);
    const rows = days.map(() => b.addRow(0));
    const guestRowFrom = (day: number) => {
      const i = days.findIndex((d) => d >= day);
      return i < 0 ? -1 : rows[i]!;
    };
    for (const e of interimDays(H, klass, model.rise[k]!)) {
      const stock = b.lastStockRowUpTo(k, e);
      if (stock < 0) continue;
      const cost = overliggerCost(klass.terms, e) - klass.overliggerUnplaced;
      b.addGeneralColumn({ kind: 'interim', cls: c, k, group: -1, day: e }, cost, [[local, 1], [stock, 1], [guestRowFrom(e + 1), -1]]);
    }
    for (let i = 0; i + 1 < rows.length; i++) {
      b.addGeneralColumn({ kind: 'carry', cls: c, k, group: -1, day: days[i]! }, 0, [[rows[i]!, 1], [rows[i + 1]!, -1]]);
    }
    days.forEach((d, i) => {
      const release = releaseRow(b, k, d, H, T);
      for (const route of routes) {
        const cost = finalDayCost(klass.terms, d) + route.pref - klass.finalUnplaced;
        const key = groupKey(route.ks);
        if (shared.has(key)) {
          const { group, row } = b.groupRow(key, d);
          b.addGeneralColumn({ kind: 'guest', cls: c, k: -1, group, day: d, src: k }, cost, [[rows[i]!, 1], [row, 1], [release, -1]]);
          continue;
        }
        for (const j of route.ks) {
          const stock = b.lastStockRowUpTo(j, d);
          if (stock < 0) continue;
          b.addGeneralColumn({ kind: 'guest', cls: c, k: j, group: -1, day: d, src: k }, cost, [[rows[i]!, 1], [stock, 1], [release, -1]]);
        }
      }
    });
  }
}
