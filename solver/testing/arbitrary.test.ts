import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost, type AdmissionRef } from '../cost';
import { dateOfDay } from '../days';
import type { Plan } from '../plan-types';
import { validateSnapshot, type Snapshot } from '../snapshot';
import { extremeSnapshotArbV2 } from './arbitrary-extreme';
import { snapshotArbV2 } from './arbitrary-v2';
import { bruteForceSearch } from './brute-force';
import { hardRuleViolations } from './check-plan';

const TINY = { people: 5, units: 3, days: 5 };
const MEDIUM = { people: 30, units: 8, days: 14 };

function roundTrip(s: Snapshot): Snapshot {
  const v = validateSnapshot(JSON.parse(JSON.stringify(s)));
  if (!v.ok) throw new Error(`invalid: ${JSON.stringify(v.errors)}\n${JSON.stringify(s)}`);
  return v.snapshot;
}

/** Every plan over all units and days, kept if the checker passes it: the dumbest optimum there is. */
function naiveOptimum(snap: Snapshot): number {
  const H = snap.horizonDays;
  const slots: (undefined | { unitId: string; date: string })[] = [undefined];
  for (const u of snap.units) for (let d = 0; d < H; d++) slots.push({ unitId: u.id, date: dateOfDay(snap.today, d) });
  let best = Infinity;
  const admissions: AdmissionRef[] = [];
  const interim: AdmissionRef[] = [];
  const visit = (i: number) => {
    if (i === snap.applicants.length) {
      const placed = new Set(admissions.map((x) => x.applicantId));
      const plan = {
        admissions: admissions.map((x) => ({ ...x, why: '-' })), interimStays: interim.map((x) => ({ ...x, why: '-' })),
        unplaced: snap.applicants.filter((a) => !placed.has(a.id)).map((a) => ({ applicantId: a.id, why: '-' })),
      } as Plan;
      if (hardRuleViolations(snap, plan).length === 0) best = Math.min(best, computeCost(snap, admissions, interim).total);
      return;
    }
    const a = snap.applicants[i]!;
    for (const f of slots) {
      if (f) admissions.push({ applicantId: a.id, ...f });
      for (const e of a.interim ? slots : [undefined]) {
        if (e) interim.push({ applicantId: a.id, ...e });
        visit(i + 1);
        if (e) interim.pop();
      }
      if (f) admissions.pop();
    }
  };
  visit(0);
  return best;
}

describe('random v2 snapshots', () => {
  it('when tiny, medium and extreme v2 snapshots are drawn, then the validator accepts every one', () => {
    fc.assert(fc.property(snapshotArbV2(TINY), (s) => { roundTrip(s); }), { numRuns: 300 });
    fc.assert(fc.property(snapshotArbV2(MEDIUM), (s) => { roundTrip(s); }), { numRuns: 100 });
    fc.assert(fc.property(extremeSnapshotArbV2(), (s) => { roundTrip(s); }), { numRuns: 200 });
  });

  it('when many tiny snapshots are drawn, then each v2 feature shows up in a good share of them', () => {
    const sample = fc.sample(snapshotArbV2(TINY), { numRuns: 400, seed: 7 });
    const share = (p: (s: Snapshot) => boolean) => sample.filter(p).length / sample.length;
    expect(share((s) => s.applicants.some((a) => a.interim))).toBeGreaterThan(0.25);
    expect(share((s) => s.applicants.some((a) => a.partnerId))).toBeGreaterThan(0.2);
    expect(share((s) => s.units.some((u) => (u.bookings ?? []).length > 0))).toBeGreaterThan(0.3);
    expect(share((s) => s.units.some((u) => (u.onlyFor ?? []).length > 0))).toBeGreaterThan(0.1);
    expect(share((s) => s.applicants.some((a) => a.location.type === 'unit'))).toBeGreaterThan(0.3);
    expect(share((s) => s.applicants.some((a) => a.location.type === 'hospital'))).toBeGreaterThan(0.5);
  });

  it('when very small snapshots are searched, then the pruned brute force equals the naive enumeration through the checker', () => {
    fc.assert(
      fc.property(snapshotArbV2({ people: 3, units: 2, days: 3 }), (raw) => {
        const snap = roundTrip(raw);
        const r = bruteForceSearch(snap);
        expect(r.complete).toBe(true);
        expect(r.optimum).toBe(naiveOptimum(snap));
      }),
      { numRuns: 200 },
    );
  });
});
