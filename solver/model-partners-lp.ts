import type { ReducedModel } from './model';
import { releaseRow } from './model-lp';
import { pairDayCost, pairDays } from './model-partners';
import type { LpBuilder } from './lp';

/**
 * Row and columns of couple `p` (v2): a row ≤ 1 (admitted together once, or not at all) and a
 * column per fitting unit class and day: 2 places in that unit's stock row, and −1 in the row of
 * each bed a partner frees by moving (at day + T). A couple's unit class is a single unit.
 */
export function addPairColumns(b: LpBuilder, model: ReducedModel, p: number, H: number, T: number): void {
  const pair = model.pairs[p]!;
  if (pair.options.length === 0) return;
  const row = b.addRow(1);
  for (const { k, pref } of pair.options) {
    for (const d of pairDays(H, pair, model.rise[k]!, pref)) {
      const stock = b.lastStockRowUpTo(k, d);
      if (stock < 0) continue;
      const releases = pair.homes.map((h): [number, number] => [releaseRow(b, h, d, H, T), -1]);
      b.addGeneralColumn({ kind: 'pair', cls: p, k, group: -1, day: d }, pairDayCost(pair, d) + pref, [[row, 1], [stock, 2], ...releases]);
    }
  }
}
