import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objective } from './engine';
import { highsEngine, makeHighsEngine } from './engine-highs';
import { jsLpEngine } from './engine-jslp';
import { generateSnapshot } from './generate';
import type { ComponentLp } from './lp';
import { reduceSnapshot } from './model';
import { splitComponents } from './model-lp';
import { planSnapshot } from './plan';
import { hardRuleViolations } from './testing/check-plan';

describe('engines agree', () => {
  it('when random medium snapshots are planned by every engine, then they reach the same optimal cost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 12, max: 40 }), async (seed, people) => {
        const snap = generateSnapshot({ people, units: 6, horizonDays: 10 }, seed);
        const reference = await planSnapshot(snap, { engine: 'javascript-lp-solver' });
        for (const engine of ['highs', 'auto'] as const) {
          const plan = await planSnapshot(snap, { engine });
          expect(hardRuleViolations(snap, plan)).toEqual([]);
          expect(plan.cost.total).toBeCloseTo(reference.cost.total, 6);
          expect(plan.solver.status).toBe('optimal');
        }
      }),
      { numRuns: 25 },
    );
  });

  it('when chain-free snapshots are planned by min-cost flow, then it matches javascript-lp-solver and proves it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 12, max: 50 }), async (seed, people) => {
        const snap = generateSnapshot({ people, units: 7, horizonDays: 12 }, seed);
        for (const a of snap.applicants) if (a.location.type === 'unit') a.location = { type: 'home' };
        const reference = await planSnapshot(snap, { engine: 'javascript-lp-solver' });
        const plan = await planSnapshot(snap, { engine: 'flow' });
        expect(plan.solver.name).toMatch(/^(min-cost flow|none)/);
        expect(hardRuleViolations(snap, plan)).toEqual([]);
        expect(plan.cost.total).toBe(reference.cost.total);
        expect(plan.solver.bound).toBe(plan.cost.total);
      }),
      { numRuns: 25 },
    );
  });

  it('when HiGHS solves by column generation on random medium snapshots, then it matches javascript-lp-solver and proves it', async () => {
    // one admission column per class to start with, so that pricing rounds add the rest
    const sifting = makeHighsEngine(0, 1);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 12, max: 40 }), async (seed, people) => {
        const snap = generateSnapshot({ people, units: 6, horizonDays: 10 }, seed);
        for (const lp of splitComponents(reduceSnapshot(snap), snap.horizonDays, snap.turnaroundDays)) {
          const reference = await jsLpEngine.solve(lp);
          const res = await sifting.solve(lp);
          expect(rowViolations(lp, res.x)).toEqual([]);
          expect(res.x.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
          expect(objective(lp, res.x)).toBeCloseTo(objective(lp, reference.x), 6);
          expect(res.bound).toBe(objective(lp, res.x));
          expect(res.status).toBe('optimal');
        }
      }),
      { numRuns: 25 },
    );
  });

  it('when the LP relaxation is fractional, then both LP engines branch to the integer optimum', async () => {
    // x1+x2 ≤ 1, x2+x3 ≤ 1, x1+x3 ≤ 1, minimise −x1−x2−x3: LP (½,½,½) = −1.5, integers −1
    const meta = { kind: 'direct' as const, cls: 0, k: 0, group: -1, day: 0 };
    const lp: ComponentLp = {
      classes: [],
      rowUpper: [1, 1, 1],
      colCost: [-1, -1, -1],
      colStart: [0, 2, 4, 6],
      colRow: [0, 2, 0, 1, 1, 2],
      colVal: [1, 1, 1, 1, 1, 1],
      cols: [meta, meta, meta],
      hasChains: true,
    };
    for (const engine of [jsLpEngine, highsEngine, makeHighsEngine(0)]) {
      const res = await engine.solve(lp);
      expect(res.name).toMatch(/MIP|repair/);
      expect(objective(lp, res.x)).toBe(-1);
      expect(res.bound).toBe(-1);
    }
  });

  it('when an M-size snapshot is planned, then the plan is optimal and keeps the hard rules', async () => {
    const snap = generateSnapshot('M', 7);
    const plan = await planSnapshot(snap);
    expect(hardRuleViolations(snap, plan)).toEqual([]);
    expect(plan.solver.status).toBe('optimal');
    expect(plan.solver.bound).toBe(plan.cost.total);
  });
});

/** Rows of lp that x overfills. */
function rowViolations(lp: ComponentLp, x: readonly number[]): number[] {
  const used = lp.rowUpper.map(() => 0);
  x.forEach((v, j) => {
    for (let e = lp.colStart[j]!; e < lp.colStart[j + 1]!; e++) used[lp.colRow[e]!]! += v * lp.colVal[e]!;
  });
  return lp.rowUpper.flatMap((upper, r) => (used[r]! > upper + 1e-9 ? [r] : []));
}
