import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFirstComeFirstServed } from './fcfs-plan';
import { planSnapshot } from './plan';
import type { Plan } from './plan-types';
import { validateSnapshot, type Snapshot } from './snapshot';
import { extremeSnapshotArbV2 } from './testing/arbitrary-extreme';
import { snapshotArbV2 } from './testing/arbitrary-v2';
import { bruteForceSearch } from './testing/brute-force';
import { planViolations } from './testing/check-plan';

const TINY = { people: 5, units: 3, days: 5 };
const SMALL = { people: 12, units: 5, days: 8 };
const MEDIUM = { people: 30, units: 8, days: 14 };

/** Round-trips through JSON and the validator, as the CLI and server do. */
function valid(s: Snapshot): Snapshot {
  const v = validateSnapshot(JSON.parse(JSON.stringify(s)));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.snapshot;
}

/** What a failing run prints: the snapshot as planned and the plan's decisions, to paste into a test. */
function report(snap: Snapshot, plan: Plan, extra: object = {}): string {
  const decisions = (xs: { applicantId: string; unitId: string; date: string }[] = []) => xs.map((x) => `${x.applicantId} ${x.unitId} ${x.date}`);
  return JSON.stringify({
    snapshot: snap,
    got: { total: plan.cost.total, solver: plan.solver, admissions: decisions(plan.admissions), interimStays: decisions(plan.interimStays) },
    ...extra,
  });
}

/** Every property of a plan the format promises: hard rules, shape, cost = recomputed cost, bound ≤ total, optimal ⇒ bound = total. */
function expectSound(snap: Snapshot, plan: Plan): void {
  const problems = planViolations(snap, plan);
  if (problems.length > 0) throw new Error(`${problems.join('; ')}\n${report(snap, plan)}`);
}

describe('planner properties (v2)', () => {
  it('when random small v2 snapshots are planned, then every plan keeps every hard rule at its recomputed cost, with a sane bound', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbV2(SMALL), async (raw) => {
        const snap = valid(raw);
        expectSound(snap, await planSnapshot(snap));
      }),
      { numRuns: 120 },
    );
  });

  it('when random medium v2 snapshots (30 people, 8 units, 14 days) are planned, then every plan keeps every hard rule', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbV2(MEDIUM, { people: 20, units: 4, days: 7 }), async (raw) => {
        const snap = valid(raw);
        expectSound(snap, await planSnapshot(snap));
      }),
      { numRuns: 25 },
    );
  });

  it('when tiny v2 snapshots are planned, then the cost equals the brute-force optimum and is proven', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbV2(TINY, { people: 2 }), async (raw) => {
        const snap = valid(raw);
        const plan = await planSnapshot(snap);
        expectSound(snap, plan);
        const best = bruteForceSearch(snap);
        fc.pre(best.complete);
        const expected = { total: best.optimum, admissions: best.admissions.map((x) => `${x.applicantId} ${x.unitId} ${x.date}`), interimStays: best.interimStays.map((x) => `${x.applicantId} ${x.unitId} ${x.date}`) };
        if (plan.cost.total !== best.optimum || plan.solver.status !== 'optimal') {
          throw new Error(`cost ${plan.cost.total} (${plan.solver.status}), brute-force optimum ${best.optimum}\n${report(snap, plan, { expected })}`);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('when v2 snapshots sit at the validation limits (places, bookings, dates, prices, turnaround, tail), then they plan without crashing and keep every rule', async () => {
    await fc.assert(
      fc.asyncProperty(extremeSnapshotArbV2(), async (raw) => {
        const snap = valid(raw);
        expectSound(snap, await planSnapshot(snap));
      }),
      { numRuns: 60 },
    );
  });

  it('when random v2 snapshots get a first-come-first-served plan, then it keeps every hard rule at its recomputed cost', () => {
    fc.assert(
      fc.property(snapshotArbV2(SMALL), (raw) => {
        const snap = valid(raw);
        const plan = planFirstComeFirstServed(snap);
        expect(plan.solver.status).toBe('feasible');
        expectSound(snap, plan);
      }),
      { numRuns: 150 },
    );
  });
});
