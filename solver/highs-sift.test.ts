import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objective } from './engine';
import { makeHighsEngine } from './engine-highs';
import { jsLpEngine } from './engine-jslp';
import { generateSnapshot } from './generate';
import type { ColumnMeta, ComponentLp } from './lp';
import { reduceSnapshot } from './model';
import { splitComponents } from './model-lp';

/** Rows of lp that x overfills. */
function rowViolations(lp: ComponentLp, x: readonly number[]): number[] {
  const used = lp.rowUpper.map(() => 0);
  x.forEach((v, j) => {
    for (let e = lp.colStart[j]!; e < lp.colStart[j + 1]!; e++) used[lp.colRow[e]!]! += v * lp.colVal[e]!;
  });
  return lp.rowUpper.flatMap((upper, r) => (used[r]! > upper + 1e-9 ? [r] : []));
}

/** A ComponentLp from columns given as cost, meta and (row, value) entries. */
function lpOf(rowUpper: number[], columns: [number, ColumnMeta, [number, number][]][]): ComponentLp {
  const lp: ComponentLp = { classes: [], rowUpper, colCost: [], colStart: [0], colRow: [], colVal: [], cols: [], hasChains: true };
  for (const [cost, meta, entries] of columns) {
    lp.colCost.push(cost);
    lp.cols.push(meta);
    for (const [r, v] of entries) (lp.colRow.push(r), lp.colVal.push(v));
    lp.colStart.push(lp.colRow.length);
  }
  return lp;
}

describe('HiGHS column generation', () => {
  it('when every round adds one column and drops idle ones at once, then it still matches javascript-lp-solver and proves it', async () => {
    const sifting = makeHighsEngine(0, 1, { addPerRound: 1, dropAfter: 1, maxRounds: 5000 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 12, max: 30 }), async (seed, people) => {
        const snap = generateSnapshot({ people, units: 5, horizonDays: 8 }, seed);
        for (const lp of splitComponents(reduceSnapshot(snap), snap.horizonDays, snap.turnaroundDays)) {
          const reference = await jsLpEngine.solve(lp);
          const res = await sifting.solve(lp);
          expect(rowViolations(lp, res.x)).toEqual([]);
          expect(objective(lp, res.x)).toBeCloseTo(objective(lp, reference.x), 6);
          expect(res.bound).toBe(objective(lp, res.x));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('when a row has a negative upper bound, coefficients of 2 and a column kind it does not know, then the plan is feasible and optimal', async () => {
    const meta = (kind: string, cls: number): ColumnMeta => ({ kind: kind as ColumnMeta['kind'], cls, k: -1, group: -1, day: 0 });
    // row 0: class 0 (≤ 1); row 1: Σ −x ≤ −1 (someone of class 0 must be served, the dearer
    // column is first in cost order for nobody); row 2: 2·x ≤ 3 (a couple takes two places)
    const lp = lpOf(
      [1, -1, 3, 4],
      [
        [5, meta('direct', 0), [[0, 1], [1, -1]]],
        [3, meta('direct', 0), [[0, 1], [1, -1]]],
        [-1, meta('direct', 0), [[0, 1]]],
        [-10, meta('couple', 1), [[2, 2], [3, 1]]],
      ],
    );
    const res = await makeHighsEngine(0, 1).solve(lp);
    expect(rowViolations(lp, res.x)).toEqual([]);
    expect(res.x).toEqual([0, 1, 0, 1]);
    expect(res.bound).toBe(-7);
    expect(res.status).toBe('optimal');
  });
});
