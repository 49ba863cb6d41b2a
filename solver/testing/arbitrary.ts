import fc from 'fast-check';
import { dateOfDay } from '../days';
import type { Applicant, Snapshot, Unit } from '../snapshot';

const TODAY = '2026-11-23';

/** Sizes of random snapshots. */
export interface ArbSize {
  people: number;
  units: number;
  days: number;
}

const unitArb = (H: number, i: number) =>
  fc.record({
    kind: fc.constantFrom('korttid', 'langtid'),
    tags: fc.subarray(['a', 'b']),
    freeNow: fc.nat(2),
    departures: fc.array(fc.record({ day: fc.nat(H + 1), count: fc.nat(2) }), { maxLength: 2 }),
  }).map((u): Unit => ({
    id: `U${i}`,
    name: i % 2 === 0 ? `Enhet ${i}` : undefined,
    kind: u.kind as Unit['kind'],
    tags: u.tags,
    freeNow: u.freeNow,
    departures: u.departures.map((d) => ({ date: dateOfDay(TODAY, d.day), count: d.count })),
  }));

const applicantArb = (H: number, units: number, i: number) =>
  fc.record({
    kind: fc.constantFrom('korttid', 'langtid'),
    requires: fc.subarray(['a', 'b'], { maxLength: 1 }),
    priority: fc.constantFrom(1, 2, 3),
    where: fc.constantFrom('home', 'hospital', 'unit'),
    ready: fc.integer({ min: -3, max: H + 1 }),
    unit: fc.nat(units - 1),
    earliest: fc.option(fc.integer({ min: -2, max: H + 1 })),
    guarantee: fc.option(fc.integer({ min: -3, max: H + 2 })),
    preferred: fc.subarray(Array.from({ length: units }, (_, k) => `U${k}`), { maxLength: Math.min(2, units) }),
    excluded: fc.subarray(Array.from({ length: units }, (_, k) => `U${k}`), { maxLength: 1 }),
  }).map((r): Applicant => {
    const a: Applicant = { id: `P${i}`, kind: r.kind as Applicant['kind'], requires: r.requires, priority: r.priority as 1 | 2 | 3, location: { type: 'home' } };
    if (r.where === 'hospital') a.location = { type: 'hospital', dischargeReadyDate: dateOfDay(TODAY, r.ready) };
    else if (r.earliest !== null) a.earliestDate = dateOfDay(TODAY, r.earliest);
    if (r.where === 'unit') a.location = { type: 'unit', unitId: `U${r.unit}` };
    if (r.guarantee !== null) a.guaranteeDate = dateOfDay(TODAY, r.guarantee);
    if (r.preferred.length > 0) a.preferredUnits = r.preferred;
    if (r.excluded.length > 0) a.excludedUnits = r.excluded;
    return a;
  });

/** Random valid snapshots of at most the given size (costs random or default). */
export function snapshotArb(max: ArbSize): fc.Arbitrary<Snapshot> {
  return fc
    .record({ H: fc.integer({ min: 1, max: max.days }), nu: fc.integer({ min: 1, max: max.units }), np: fc.integer({ min: 0, max: max.people }), T: fc.nat(2) })
    .chain(({ H, nu, np, T }) =>
      fc.record({
        H: fc.constant(H),
        T: fc.constant(T),
        units: fc.tuple(...Array.from({ length: nu }, (_, i) => unitArb(H, i))),
        applicants: np === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: np }, (_, i) => applicantArb(H, nu, i))),
        costs: fc.record({ o: fc.nat(8000), b: fc.nat(60000), l: fc.nat(3000), w1: fc.nat(2000), w2: fc.nat(800), w3: fc.nat(200), p: fc.nat(500) }),
      }),
    )
    .map(({ H, T, units, applicants, costs: c }) => ({
      format: 'plassplan.snapshot/1',
      today: TODAY,
      horizonDays: H,
      turnaroundDays: T,
      costs: { overliggerdognNok: c.o, guaranteeBreachNok: c.b, guaranteeLateDayNok: c.l, waitingDayNok: { '1': c.w1, '2': c.w2, '3': c.w3 }, nonPreferredNok: c.p },
      units: [...units],
      applicants: [...applicants],
    }));
}
