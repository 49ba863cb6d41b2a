import { describe, expect, it } from 'vitest';
import { planSnapshot } from './plan';
import { validateSnapshot } from './snapshot';
import { bruteForceOptimum } from './testing/brute-force';
import { hardRuleViolations } from './testing/check-plan';

/** Two people each occupying a bed of the kind the other waits for; no place arrives at all. */
function swapSnapshot(turnaroundDays: number) {
  const v = validateSnapshot({
    format: 'plassplan.snapshot/1',
    today: '2026-11-23',
    horizonDays: 3,
    turnaroundDays,
    units: [
      { id: 'K', kind: 'korttid', freeNow: 0 },
      { id: 'L', kind: 'langtid', freeNow: 0 },
    ],
    applicants: [
      { id: 'A', kind: 'langtid', priority: 1, location: { type: 'unit', unitId: 'K' } },
      { id: 'B', kind: 'korttid', priority: 1, location: { type: 'unit', unitId: 'L' } },
    ],
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.snapshot;
}

describe('chain cycles', () => {
  it('when turnaroundDays is 0, then two occupants may swap beds today with no free place', async () => {
    const snap = swapSnapshot(0);
    const plan = await planSnapshot(snap);
    expect(plan.admissions.map((x) => `${x.applicantId}>${x.unitId}@${x.date}`).sort()).toEqual(['A>L@2026-11-23', 'B>K@2026-11-23']);
    expect(plan.cost.total).toBe(0);
    expect(hardRuleViolations(snap, plan)).toEqual([]);
  });

  it('when turnaroundDays is 1, then the same swap is impossible and both wait', async () => {
    const snap = swapSnapshot(1);
    const plan = await planSnapshot(snap);
    expect(plan.admissions).toEqual([]);
    expect(plan.cost.total).toBe(bruteForceOptimum(snap));
    expect(plan.cost.total).toBe(9000);
  });
});
