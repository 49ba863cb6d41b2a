import { describe, expect, it } from 'vitest';
import { computeCost } from './cost';
import { generateSnapshot } from './generate';
import { planSnapshot } from './plan';
import { hardRuleViolations } from './testing/check-plan';
import { planInWorker } from './worker';

describe('planInWorker', () => {
  it('when the worker finishes in time, then it returns the same optimal plan as the main thread', async () => {
    const snap = generateSnapshot('S', 2);
    const [inWorker, direct] = await Promise.all([planInWorker(snap, { timeLimitMs: 20_000 }), planSnapshot(snap)]);
    expect(inWorker.solver.status).toBe('optimal');
    expect(inWorker.cost.total).toBe(direct.cost.total);
  });

  it('when the time limit is reached, then it returns a feasible plan with status timedout and a valid bound', async () => {
    const snap = generateSnapshot('L', 1);
    const plan = await planInWorker(snap, { timeLimitMs: 50 });
    expect(plan.solver.status).toBe('timedout');
    expect(hardRuleViolations(snap, plan)).toEqual([]);
    expect(plan.cost).toEqual(computeCost(snap, plan.admissions));
    expect(plan.solver.bound).toBeLessThanOrEqual(plan.cost.total);
  });
});
