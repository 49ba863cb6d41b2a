import { describe, expect, it } from 'vitest';
import { handPlan, snapshotOf, whysOf, type HandAdmission } from './testing/explain-fixtures';

type Json = Record<string, unknown>;
const home = { type: 'home' };
const hospital = (date = '2026-12-01') => ({ type: 'hospital', dischargeReadyDate: date });
const sol = { id: 'SOL-L', name: 'Solbakken langtid', kind: 'langtid', freeNow: 1 };

/** The unplaced why of V-5 in a v2 snapshot with the given units and others, and a hand-written plan. */
function whyOfUnplaced(o: { units?: Json[]; v5?: Json; others?: Json[]; finals?: HandAdmission[]; interim?: HandAdmission[] }): string {
  const s = snapshotOf({
    format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 10,
    units: o.units ?? [sol],
    applicants: [{ id: 'V-5', kind: 'langtid', priority: 2, location: home, ...o.v5 }, ...(o.others ?? [])],
  });
  return whysOf(handPlan(s, o.finals ?? [], o.interim)).get('V-5')!.unplaced!;
}

describe('why a person gets no place', () => {
  it('when the person is not ready within the horizon, then the why gives the date', () => {
    expect(whyOfUnplaced({ v5: { location: hospital('2026-12-20') } })).toBe('V-5 er ikke klar før 20.12.2026, etter planperioden.');
  });

  it('when no unit has the need, then the why says so in the phrase the app turns into words', () => {
    expect(whyOfUnplaced({ v5: { requires: ['rop'] } })).toMatch(/^Ingen langtidsenhet med rop kan ta imot V-5/);
  });

  it('when the only unit with places is locked for a need the person lacks, then the why says the unit is only for that need', () => {
    const locked = { ...sol, tags: ['skjermet'], onlyFor: ['skjermet'] };
    expect(whyOfUnplaced({ units: [locked] })).toMatch(/^Ingen langtidsenhet kan ta imot V-5: Solbakken langtid er bare for dem som trenger skjermet/);
  });

  it('when a higher-priority person takes the one place, then the why names that person', () => {
    const other = { id: 'V-1', kind: 'langtid', priority: 1, location: home };
    expect(whyOfUnplaced({ others: [other], finals: [['V-1', 'SOL-L', '2026-12-01']] })).toBe('V-5 får ingen plass i perioden; den ene passende plassen går til V-1 (prioritet 1).');
  });

  it('when a lower-priority hospital patient takes the place, then the why names that person and why', () => {
    const other = { id: 'V-3', kind: 'langtid', priority: 3, location: hospital() };
    expect(whyOfUnplaced({ others: [other], finals: [['V-3', 'SOL-L', '2026-12-01']] })).toMatch(/sykehuspasient V-3 \(prioritet 3\) får plassen på Solbakken langtid 01\.12\.2026 foran V-5, fordi V-3 ligger på sykehus og V-5 venter hjemme/);
  });

  it('when the person waits in hospital, then the why counts the overliggerdøgn and, with a near guarantee, the deadline', () => {
    const why = whyOfUnplaced({ units: [{ ...sol, freeNow: 0 }], v5: { location: hospital(), guaranteeDate: '2026-12-06' } });
    expect(why).toMatch(/^Ingen passende plass blir ledig for V-5 i perioden; garantifristen 06\.12\.2026 blir ikke holdt; blir liggende på sykehus, 10 overliggerdøgn \(59 810 kr\) i perioden\.$/);
  });

  it('when the person waits in an interim korttid bed, then the why says where', () => {
    const k = { id: 'BRE-K', name: 'Breidablikk korttid', kind: 'korttid', freeNow: 1 };
    const why = whyOfUnplaced({ units: [k, { ...sol, freeNow: 0 }], v5: { location: hospital(), interim: {} }, interim: [['V-5', 'BRE-K', '2026-12-01']] });
    expect(why).toMatch(/venter på egen plass på Breidablikk korttid fra 01\.12\.2026/);
  });

  it('when a booking holds the only place, then the why names the booking', () => {
    const held = { id: 'BRE-K', name: 'Breidablikk korttid', kind: 'korttid', freeNow: 1, bookings: [{ from: '2026-12-03', to: '2026-12-20', count: 1 }] };
    const why = whyOfUnplaced({ units: [held], v5: { kind: 'korttid' } });
    expect(why).toMatch(/en plass på Breidablikk korttid er holdt av til avlastning 03\.12\.–20\.12\.2026/);
  });

  it('when the person occupies a korttid bed, then the why says it stays there', () => {
    const k = { id: 'BRE-K', name: 'Breidablikk korttid', kind: 'korttid', freeNow: 0 };
    expect(whyOfUnplaced({ units: [k, { ...sol, freeNow: 0 }], v5: { location: { type: 'unit', unitId: 'BRE-K' } } })).toMatch(/blir værende på Breidablikk korttid/);
  });
});
