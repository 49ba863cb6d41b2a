import fc from 'fast-check';
import { dateOfDay } from '../days';
import type { Applicant, Snapshot, Unit } from '../snapshot';

const TODAY = '2026-12-01';
const TAGS = ['a', 'skjermet'];

/** Sizes of random v2 snapshots. */
export interface ArbSizeV2 {
  people: number;
  units: number;
  days: number;
}

const unitArb = (H: number, i: number) =>
  fc.record({
    kind: fc.constantFrom('korttid', 'korttid', 'langtid', 'bofellesskap'),
    tags: fc.subarray(TAGS),
    onlyFor: fc.boolean(),
    freeNow: fc.nat(2),
    departures: fc.array(fc.record({ day: fc.nat(H + 1), count: fc.nat(2) }), { maxLength: 2 }),
    bookings: fc.array(fc.record({ from: fc.nat(H), length: fc.integer({ min: 1, max: H + 1 }), count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 2 }),
  }).map((u): Unit => {
    const unit: Unit = {
      id: `U${i}`, kind: u.kind as Unit['kind'], tags: u.tags, freeNow: u.freeNow,
      onlyFor: u.onlyFor ? u.tags.slice(0, 1) : [],
      departures: u.departures.map((d) => ({ date: dateOfDay(TODAY, d.day), count: d.count })),
      bookings: [],
    };
    unit.bookings = feasibleBookings(unit, H, u.bookings);
    return unit;
  });

/** Cuts each booking's count to what the unit can still hold on its days (validation's rule), dropping empty ones. */
function feasibleBookings(u: Unit, H: number, raw: { from: number; length: number; count: number }[]): Unit['bookings'] {
  const free = Array.from({ length: H }, (_, t) =>
    u.freeNow + u.departures.filter((d) => Date.parse(d.date) <= Date.parse(dateOfDay(TODAY, t))).reduce((n, d) => n + d.count, 0));
  const out: NonNullable<Unit['bookings']> = [];
  for (const b of raw) {
    const days = free.slice(b.from, Math.min(H, b.from + b.length));
    const count = Math.min(b.count, ...days);
    if (count < 1) continue;
    for (let t = b.from; t < Math.min(H, b.from + b.length); t++) free[t]! -= count;
    out.push({ from: dateOfDay(TODAY, b.from), to: dateOfDay(TODAY, b.from + b.length), count });
  }
  return out;
}

const applicantArb = (H: number, units: number, i: number) =>
  fc.record({
    kind: fc.constantFrom('korttid', 'langtid', 'langtid', 'bofellesskap'),
    requires: fc.subarray(TAGS, { maxLength: 1 }),
    priority: fc.constantFrom(1, 2, 3),
    where: fc.constantFrom('home', 'hospital', 'hospital', 'unit'),
    ready: fc.integer({ min: -3, max: H + 1 }),
    unit: fc.nat(units - 1),
    earliest: fc.option(fc.integer({ min: -2, max: H + 1 })),
    guarantee: fc.option(fc.integer({ min: -3, max: H + 2 })),
    decision: fc.option(fc.integer({ min: -60, max: 0 })),
    preferred: fc.subarray(Array.from({ length: units }, (_, k) => `U${k}`), { maxLength: Math.min(2, units) }),
    excluded: fc.subarray(Array.from({ length: units }, (_, k) => `U${k}`), { maxLength: 1 }),
    interim: fc.option(fc.subarray(TAGS, { maxLength: 1 }), { freq: 2 }),
    partnerWithNext: fc.boolean(),
  }).map((r) => {
    const a: Applicant = { id: `P${i}`, kind: r.kind as Applicant['kind'], requires: r.requires, priority: r.priority as 1 | 2 | 3, location: { type: 'home' } };
    if (r.where === 'hospital') a.location = { type: 'hospital', dischargeReadyDate: dateOfDay(TODAY, r.ready) };
    else if (r.earliest !== null) a.earliestDate = dateOfDay(TODAY, r.earliest);
    if (r.where === 'unit') a.location = { type: 'unit', unitId: `U${r.unit}` };
    if (r.guarantee !== null) a.guaranteeDate = dateOfDay(TODAY, r.guarantee);
    if (r.decision !== null) a.decisionDate = dateOfDay(TODAY, r.decision);
    if (r.preferred.length > 0) a.preferredUnits = r.preferred;
    if (r.excluded.length > 0) a.excludedUnits = r.excluded;
    if (r.interim !== null && a.kind !== 'korttid' && a.location.type !== 'unit') a.interim = { requires: r.interim };
    return { a, partnerWithNext: r.partnerWithNext };
  });

/** Pairs neighbours that ask for it into couples of one kind, without interim (as validation demands). */
function pairUp(people: { a: Applicant; partnerWithNext: boolean }[]): Applicant[] {
  const out = people.map((p) => structuredClone(p.a)); // fast-check may hand out a generated value again
  for (let i = 0; i + 1 < out.length; i++) {
    if (!people[i]!.partnerWithNext || out[i]!.partnerId !== undefined) continue;
    const [a, b] = [out[i]!, out[i + 1]!];
    b.kind = a.kind;
    delete a.interim;
    delete b.interim;
    a.partnerId = b.id;
    b.partnerId = a.id;
    i++;
  }
  return out;
}

/**
 * Random v2 snapshots of at most the given size that keep validation's cross-field rules by
 * construction: onlyFor ⊆ tags, bookings the unit can hold, interim only for langtid or
 * bofellesskap from home or hospital, mutual partners of one kind without interim.
 */
export function snapshotArbV2(max: ArbSizeV2): fc.Arbitrary<Snapshot> {
  return fc
    .record({ H: fc.integer({ min: 1, max: max.days }), nu: fc.integer({ min: 1, max: max.units }), np: fc.integer({ min: 0, max: max.people }), T: fc.nat(2), tail: fc.nat(6) })
    .chain(({ H, nu, np, T, tail }) =>
      fc.record({
        H: fc.constant(H), T: fc.constant(T), tail: fc.constant(tail),
        units: fc.tuple(...Array.from({ length: nu }, (_, i) => unitArb(H, i))),
        applicants: np === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: np }, (_, i) => applicantArb(H, nu, i))),
        costs: fc.record({ o: fc.nat(8000), b: fc.nat(20000), l: fc.nat(4000), w1: fc.nat(2000), w2: fc.nat(800), w3: fc.nat(200), p: fc.nat(500) }),
      }),
    )
    .map(({ H, T, tail, units, applicants, costs: c }) => ({
      format: 'plassplan.snapshot/2',
      today: TODAY,
      horizonDays: H,
      turnaroundDays: T,
      tailDays: tail,
      costs: { overliggerdognNok: c.o, guaranteeBreachNok: c.b, guaranteeLateDayNok: c.l, waitingDayNok: { '1': c.w1, '2': c.w2, '3': c.w3 }, nonPreferredNok: c.p },
      units: [...units],
      applicants: pairUp([...applicants]),
    }));
}
