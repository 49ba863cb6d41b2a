import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost } from './cost';
import { planSnapshot } from './plan';
import { validateSnapshot, type Snapshot } from './snapshot';
import { snapshotArb } from './testing/arbitrary';
import { extremeSnapshotArb } from './testing/arbitrary-extreme';
import { bruteForceOptimum } from './testing/brute-force';
import { hardRuleViolations } from './testing/check-plan';

/** Round-trips through JSON and the validator, as the CLI and server do. */
function valid(s: Snapshot): Snapshot {
  const v = validateSnapshot(JSON.parse(JSON.stringify(s)));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.snapshot;
}

describe('planner properties', () => {
  it('when random valid snapshots are planned, then every hard rule holds and the cost is the recomputed cost', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb({ people: 14, units: 5, days: 10 }), async (raw) => {
        const snap = valid(raw);
        const plan = await planSnapshot(snap);
        expect(hardRuleViolations(snap, plan)).toEqual([]);
        expect(plan.cost).toEqual(computeCost(snap, plan.admissions));
        expect(plan.solver.bound).toBeLessThanOrEqual(plan.cost.total + 0.5);
        expect(plan.solver.status).toBe('optimal');
        for (const x of [...plan.admissions, ...plan.unplaced]) expect(x.why.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('when tiny snapshots are planned, then the cost equals a brute-force optimum', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb({ people: 6, units: 3, days: 5 }), async (raw) => {
        const snap = valid(raw);
        const plan = await planSnapshot(snap);
        expect(plan.cost.total).toBeCloseTo(bruteForceOptimum(snap), 6);
        expect(plan.solver.bound).toBeCloseTo(plan.cost.total, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('when snapshots sit at the validation limits (places, dates, prices), then they plan without crashing and keep every rule', async () => {
    await fc.assert(
      fc.asyncProperty(extremeSnapshotArb(), async (raw) => {
        const snap = valid(raw);
        const plan = await planSnapshot(snap);
        expect(hardRuleViolations(snap, plan)).toEqual([]);
        expect(plan.cost).toEqual(computeCost(snap, plan.admissions));
        expect(plan.solver.bound).toBeLessThanOrEqual(plan.cost.total + 0.5);
      }),
      { numRuns: 100 },
    );
  });
});
