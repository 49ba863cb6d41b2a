import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFirstComeFirstServed } from './fcfs-plan';
import { planSnapshot } from './plan';
import type { Plan } from './plan-types';
import { validateSnapshot, type Snapshot } from './snapshot';
import { extremeSnapshotArbV2 } from './testing/arbitrary-extreme';
import { interimSnapshotArbV2, snapshotArbV2 } from './testing/arbitrary-v2';
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

const decisions = (xs: { applicantId: string; unitId: string; date: string }[] = []) => xs.map((x) => `${x.applicantId} ${x.unitId} ${x.date}`);

/** What a failing run prints: the snapshot as planned and the plan's decisions, to paste into a test. */
function report(snap: Snapshot, plan: Plan, extra: object = {}): string {
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

/** The plan is sound, and its cost is the least by exhaustive search, with status optimal. */
async function expectBruteForceOptimal(raw: Snapshot, maxNodes?: number): Promise<void> {
  const snap = valid(raw);
  const plan = await planSnapshot(snap);
  expectSound(snap, plan);
  const best = bruteForceSearch(snap, { maxNodes });
  fc.pre(best.complete);
  if (plan.cost.total !== best.optimum || plan.solver.status !== 'optimal') {
    const expected = { total: best.optimum, admissions: decisions(best.admissions), interimStays: decisions(best.interimStays) };
    throw new Error(`cost ${plan.cost.total} (${plan.solver.status}), brute-force optimum ${best.optimum}\n${report(snap, plan, { expected })}`);
  }
}

describe('planner properties (v2)', () => {
  it('when random small v2 snapshots are planned, then every plan keeps every hard rule at its recomputed cost, with a sane bound', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbV2(SMALL), async (raw) => {
        const snap = valid(raw);
        expectSound(snap, await planSnapshot(snap));
      }),
      { numRuns: 200 },
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
    await fc.assert(fc.asyncProperty(snapshotArbV2(TINY, { people: 2 }), (raw) => expectBruteForceOptimal(raw)), { numRuns: 400 });
  });

  it('when tiny v2 snapshots full of langtid hospital patients allowed interim korttid are planned, then the cost equals the brute-force optimum', async () => {
    await fc.assert(fc.asyncProperty(interimSnapshotArbV2(TINY, { people: 2 }), (raw) => expectBruteForceOptimal(raw)), { numRuns: 400 });
  });

  it('when small v2 snapshots (up to 8 people, 4 units, 7 days) are planned, then the cost equals the brute-force optimum where the search finishes', async () => {
    await fc.assert(fc.asyncProperty(snapshotArbV2({ people: 8, units: 4, days: 7 }, { people: 4 }), (raw) => expectBruteForceOptimal(raw, 300_000)), { numRuns: 300 });
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
