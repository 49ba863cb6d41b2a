import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan-types';
import { validateSnapshot, type Snapshot } from '../snapshot';
import { bruteForceSearch, planOfSearch } from './brute-force';
import { hardRuleViolations, planViolations } from './check-plan';

const dir = [new URL('../../../shared/planning-examples-v2/', import.meta.url), new URL('../cases-v2/', import.meta.url)].find((u) => existsSync(u));

function example(name: string): { snap: Snapshot; plan: Plan } {
  const v = validateSnapshot(JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return { snap: v.snapshot, plan: planOfSearch(v.snapshot, bruteForceSearch(v.snapshot)) };
}

/** The plan with one entry of `list` changed. */
function edit(plan: Plan, list: 'admissions' | 'interimStays', id: string, change: Partial<{ unitId: string; date: string }>): Plan {
  const copy = structuredClone(plan);
  const entry = (copy[list] ?? []).find((x) => x.applicantId === id);
  if (!entry) throw new Error(`no ${list} entry for ${id}`);
  Object.assign(entry, change);
  return copy;
}

describe.runIf(dir !== undefined)('hard-rule checker (v2)', () => {
  it('when an optimal example plan is checked, then it has no violation at all', () => {
    for (const name of ['interim-from-hospital', 'couple-together', 'booking-and-chain', 'only-for-skjermet']) {
      const { snap, plan } = example(name);
      expect(planViolations(snap, plan)).toEqual([]);
    }
  });

  it('when the next patient takes the korttid bed before the interim guest has left it and turned around, then capacity is broken', () => {
    const { snap, plan } = example('interim-from-hospital');
    expect(plan.admissions.find((x) => x.applicantId === 'P-3002')?.date).toBe('2026-12-04');
    expect(hardRuleViolations(snap, edit(plan, 'admissions', 'P-3002', { date: '2026-12-03' }))).toEqual([expect.stringMatching(/^BRE-K day 2:/)]);
  });

  it('when an interim stay is not before the final admission, or not in korttid, then rule 1 or 2 is broken', () => {
    const { snap, plan } = example('interim-from-hospital');
    expect(hardRuleViolations(snap, edit(plan, 'interimStays', 'P-3001', { date: '2026-12-03' }))).toContain('P-3001: interim day 2 not before the final day 2');
    expect(hardRuleViolations(snap, edit(plan, 'interimStays', 'P-3001', { unitId: 'SOL-L' }))).toContain('P-3001: interim stay in a langtid unit');
  });

  it('when a person without an interim option or a second interim stay is listed, then the checker says so', () => {
    const { snap, plan } = example('interim-from-hospital');
    const stranger = structuredClone(plan);
    stranger.interimStays!.push({ applicantId: 'P-3002', unitId: 'BRE-K', date: '2026-12-03', why: '-' });
    expect(hardRuleViolations(snap, stranger)).toContain('P-3002: interim stay without an interim option');
    const twice = structuredClone(plan);
    twice.interimStays!.push({ ...twice.interimStays![0]!, date: '2026-12-02' });
    expect(hardRuleViolations(snap, twice)).toContain('P-3001: more than one interim stay');
  });

  it('when the interim stay needs a tag the korttid unit lacks, then rule 2 is broken', () => {
    const { snap, plan } = example('interim-needs-tag');
    expect(hardRuleViolations(snap, edit(plan, 'interimStays', 'P-3501', { unitId: 'BRE-K' }))).toContain('P-3501: interim unit lacks a tag');
  });

  it('when partners move on different days or into different units, then rule 4 is broken', () => {
    const { snap, plan } = example('couple-together');
    expect(hardRuleViolations(snap, edit(plan, 'admissions', 'P-3302', { date: '2026-12-04' }))).toContainEqual(expect.stringMatching(/^partners P-3301 and P-3302 not together/));
    const alone = structuredClone(plan);
    alone.admissions = alone.admissions.filter((x) => x.applicantId !== 'P-3302');
    alone.unplaced.push({ applicantId: 'P-3302', why: '-' });
    expect(hardRuleViolations(snap, alone)).toContainEqual(expect.stringMatching(/^partners P-3301 and P-3302 not together/));
  });

  it('when someone without the need is placed in an onlyFor unit, then rule 2 is broken', () => {
    const { snap, plan } = example('only-for-skjermet');
    expect(hardRuleViolations(snap, edit(plan, 'admissions', 'P-3102', { unitId: 'SOL-S' }))).toContainEqual(expect.stringMatching(/^P-3102: SOL-S is only for skjermet/));
  });

  it('when a place promised to a booking is given away, then capacity is broken on the booked days', () => {
    const { snap, plan } = example('booking-respite');
    const v = hardRuleViolations(snap, edit(plan, 'admissions', 'P-3202', { date: '2026-12-01' }));
    expect(v).toEqual(['BRE-K day 3: 3 taken (admissions, interim stays, bookings) > 2 places', 'BRE-K day 4: 3 taken (admissions, interim stays, bookings) > 2 places', 'BRE-K day 5: 3 taken (admissions, interim stays, bookings) > 2 places']);
  });

  it('when the cost, the shape or the solver block lie, then the full check says which', () => {
    const { snap, plan } = example('interim-from-hospital');
    const cost = structuredClone(plan);
    cost.cost.waitingNok += 1;
    expect(planViolations(snap, cost)).toEqual(['cost.waitingNok 2501, recomputed 2500', 'cost.total 8481 is not the sum of its parts 8482']);
    const shape: Plan = { ...plan, format: 'plassplan.plan/1' };
    delete shape.interimStays;
    expect(planViolations(snap, shape)).toEqual(expect.arrayContaining(['format plassplan.plan/1 for plassplan.snapshot/2', 'v2 plan without interimStays']));
    expect(planViolations(snap, { ...plan, solver: { ...plan.solver, bound: plan.cost.total - 1 } })).toEqual(['status optimal with bound 8480 ≠ total 8481']);
    expect(planViolations(snap, { ...plan, solver: { ...plan.solver, status: 'feasible', bound: plan.cost.total + 1 } })).toEqual(['bound 8482 above total 8481']);
  });
});
