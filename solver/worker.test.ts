import { describe, expect, it } from 'vitest';
import { computeCost } from './cost';
import { generateSnapshot } from './generate';
import { planSnapshot } from './plan';
import { hardRuleViolations } from './testing/check-plan';
import { validateSnapshot, type Snapshot } from './snapshot';
import { CASES_V2, readExample } from './testing/examples';
import { planInWorker } from './worker';

/** A valid v2 snapshot: the example as given, or a generated v1 one read as v2 (no v2-only fields). */
function v2Snapshot(input: unknown): Snapshot {
  const v = validateSnapshot(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.snapshot;
}

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

  it('when a v2 snapshot is planned in the worker, then the worker returns the same plan/2 as the main thread', async () => {
    const snap = v2Snapshot(readExample(CASES_V2, 'booking-and-chain.json'));
    const [inWorker, direct] = await Promise.all([planInWorker(snap, { timeLimitMs: 20_000 }), planSnapshot(snap)]);
    expect(inWorker.format).toBe('plassplan.plan/2');
    expect({ ...inWorker, solver: undefined }).toEqual({ ...direct, solver: undefined });
  });

  it('when the time limit is reached on a v2 snapshot, then the fallback is a plan/2 with no interim stays, its own cost and a valid bound', async () => {
    const snap = v2Snapshot({ ...generateSnapshot('L', 1), format: 'plassplan.snapshot/2' });
    const plan = await planInWorker(snap, { timeLimitMs: 50 });
    expect(plan).toMatchObject({ format: 'plassplan.plan/2', interimStays: [], solver: { status: 'timedout' } });
    expect(hardRuleViolations(snap, plan)).toEqual([]);
    expect(plan.cost).toEqual(computeCost(snap, plan.admissions, []));
    expect(plan.solver.bound).toBeLessThanOrEqual(plan.cost.total);
  });
});
