import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost } from './cost';
import { dayIndex } from './days';
import { planFirstComeFirstServed } from './fcfs-plan';
import { generateSnapshot } from './generate';
import { planSnapshot } from './plan';
import type { Plan } from './plan-types';
import { relaxationBound } from './relaxation-bound';
import type { Snapshot } from './snapshot';
import { interimSnapshotArbV2, snapshotArbV2 } from './testing/arbitrary-v2';
import { bruteForceOptimum } from './testing/brute-force';
import { readyOf } from './testing/check-days';
import { planViolations } from './testing/check-plan';
import { validSnapshot as valid } from './testing/valid-snapshot';
import { fallbackPlan } from './worker';

const shared = new URL('../../shared/planning-examples-v2/', import.meta.url);
const dir = existsSync(shared) ? shared : new URL('./cases-v2/', import.meta.url);
const examples = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')) : [];

function example(name: string): { snap: Snapshot; optimalTotal: number } {
  const expected = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), dir), 'utf8'));
  return { snap: valid(JSON.parse(readFileSync(new URL(name, dir), 'utf8'))), optimalTotal: expected.optimalTotal };
}

/**
 * What every baseline plan must be (testing/check-plan.ts): plan/2 with a why for everyone, the
 * v2 hard rules, the format cost (exactly computeCost), and the relaxation bound, not above it.
 */
function expectSound(snap: Snapshot, plan: Plan): void {
  expect(plan.format).toBe('plassplan.plan/2');
  expect(planViolations(snap, plan)).toEqual([]);
  expect(plan.cost).toEqual(computeCost(snap, plan.admissions, plan.interimStays));
  expect(plan.solver.bound).toBe(relaxationBound(snap));
}

const ids = (list: { applicantId: string; unitId: string; date: string }[]) => list.map((x) => `${x.applicantId}@${x.unitId}@${x.date}`).sort();

describe('first come, first served on v2 snapshots', () => {
  it.each(examples)('when v2 example %s is planned, then the plan keeps every rule and bound ≤ optimalTotal ≤ cost', (name) => {
    const { snap, optimalTotal } = example(name);
    const plan = planFirstComeFirstServed(snap);
    expectSound(snap, plan);
    expect(plan.solver.bound).toBeLessThanOrEqual(optimalTotal);
    expect(plan.cost.total).toBeGreaterThanOrEqual(optimalTotal);
  });

  it('when a hospital patient granted langtid waits and a korttid bed is free, then the patient waits there and the bed goes on after the own admission + T', () => {
    const plan = planFirstComeFirstServed(example('interim-from-hospital.json').snap);
    expect(ids(plan.interimStays ?? [])).toEqual(['P-3001@BRE-K@2026-12-01']);
    expect(ids(plan.admissions)).toEqual(['P-3001@SOL-L@2026-12-03', 'P-3002@BRE-K@2026-12-04']);
  });

  it('when the interim stay needs a tag, then the patient waits only in a korttid unit with it, from the day it is free', () => {
    const plan = planFirstComeFirstServed(example('interim-needs-tag.json').snap);
    expect(ids(plan.interimStays ?? [])).toEqual(['P-3501@BRE-R@2026-12-02']);
  });

  it('when partners come first but two units have one place each, then they wait for one unit with two places', () => {
    const plan = planFirstComeFirstServed(example('couple-together.json').snap);
    expect(ids(plan.admissions).filter((x) => !x.startsWith('P-3303'))).toEqual(['P-3301@SOL-L2@2026-12-03', 'P-3302@SOL-L2@2026-12-03']);
  });

  it('when the only free place is in a locked unit only for dementia, then nobody without that need gets it', () => {
    const plan = planFirstComeFirstServed(example('only-for-skjermet.json').snap);
    expect(plan.admissions.filter((x) => x.unitId === 'SOL-S').map((x) => x.applicantId)).not.toContain('P-3102');
  });

  // the interim-leaning draws put interim stays in about 4 of 10 plans (the plain ones in 1 of 10)
  it.each([
    ['random', snapshotArbV2({ people: 12, units: 5, days: 10 })],
    ['interim-leaning random', interimSnapshotArbV2({ people: 12, units: 5, days: 10 })],
  ] as const)('when %s v2 snapshots are planned first come, first served, then every v2 rule holds, the cost is computeCost and bound ≤ cost', (_, arb) => {
    fc.assert(fc.property(arb, (raw) => {
      const snap = valid(raw);
      const plan = planFirstComeFirstServed(snap);
      expectSound(snap, plan);
      for (const x of plan.interimStays ?? []) {
        const a = snap.applicants.find((p) => p.id === x.applicantId)!;
        const final = plan.admissions.find((y) => y.applicantId === a.id);
        expect(a.location.type).toBe('hospital');
        expect(final ? dayIndex(snap.today, final.date) : Infinity).toBeGreaterThan(readyOf(snap, a));
      }
    }), { numRuns: 200 });
  });

  it('when tiny v2 snapshots are brute-forced, then bound ≤ the optimum ≤ the first-come-first-served cost', () => {
    fc.assert(fc.property(snapshotArbV2({ people: 4, units: 3, days: 4 }), (raw) => {
      const snap = valid(raw);
      const optimum = bruteForceOptimum(snap);
      expect(relaxationBound(snap)).toBeLessThanOrEqual(optimum + 1e-6);
      expect(planFirstComeFirstServed(snap).cost.total).toBeGreaterThanOrEqual(optimum - 1e-6);
    }), { numRuns: 150 });
  });

  it('when random v2 snapshots are also planned optimally, then bound ≤ the planner’s cost ≤ the first-come-first-served cost', async () => {
    await fc.assert(fc.asyncProperty(snapshotArbV2({ people: 10, units: 4, days: 8 }), async (raw) => {
      const snap = valid(raw);
      const optimal = await planSnapshot(snap);
      expect(relaxationBound(snap)).toBeLessThanOrEqual(optimal.cost.total + 1e-6);
      expect(planFirstComeFirstServed(snap).cost.total).toBeGreaterThanOrEqual(optimal.cost.total - 1e-6);
    }), { numRuns: 100 });
  });

  it.each([['M', 1], ['L', 1]] as const)('when a generated %s snapshot (seed %i) with interim, bookings and couples is planned, then every v2 rule holds', (size, seed) => {
    const snap = valid(generateSnapshot(size, seed, { format: 2 }));
    const plan = planFirstComeFirstServed(snap);
    expect(plan.interimStays?.length).toBeGreaterThan(0);
    expect(snap.applicants.some((a) => a.partnerId !== undefined)).toBe(true);
    expectSound(snap, plan);
  });

  it('when the worker’s time limit is reached on a v2 snapshot, then the fallback is this plan with its interim stays and status timedout', () => {
    const snap = valid(generateSnapshot('M', 2, { format: 2 }));
    const plan = fallbackPlan(snap, 7);
    expect(plan.solver).toMatchObject({ status: 'timedout', millis: 7 });
    expect(plan.interimStays).toEqual(planFirstComeFirstServed(snap).interimStays);
    expect(plan.interimStays?.length).toBeGreaterThan(0);
    expectSound(snap, plan);
  });
});
