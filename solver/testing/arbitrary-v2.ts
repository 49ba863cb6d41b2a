import fc from 'fast-check';
import { dateOfDay } from '../days';
import type { Applicant, Booking, Snapshot, Unit } from '../snapshot';
import type { ArbSize } from './arbitrary';

const TODAY = '2026-11-23';
/** r = rehabilitering-like (an ordinary need), s = skjermet-like (often an onlyFor need). */
const TAGS = ['r', 's'];
const KINDS = ['korttid', 'korttid', 'langtid', 'bofellesskap'] as const;

const unitArb = (H: number, i: number) =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    tags: fc.subarray(TAGS),
    onlyFor: fc.boolean(),
    freeNow: fc.nat(2),
    departures: fc.array(fc.record({ day: fc.nat(H + 1), count: fc.nat(2) }), { maxLength: 2 }),
    bookings: fc.array(fc.record({ from: fc.nat(H), length: fc.integer({ min: 1, max: 3 }), count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 2 }),
  }).map((u): Unit => ({
    id: `U${i}`,
    ...(i % 2 === 0 ? { name: `Enhet ${i}` } : {}),
    kind: u.kind,
    tags: u.tags,
    onlyFor: u.onlyFor ? u.tags.filter((t) => t === 's') : [],
    freeNow: u.freeNow,
    departures: u.departures.map((d) => ({ date: dateOfDay(TODAY, d.day), count: d.count })),
    bookings: holdable(H, u.freeNow, u.departures, u.bookings),
  }));

/**
 * The bookings, in order, that the unit can hold even if nobody is admitted (booked(t) ≤
 * freeNow + departures dated ≤ t on every day of the horizon); the others are dropped.
 */
function holdable(H: number, freeNow: number, deps: { day: number; count: number }[], wanted: { from: number; length: number; count: number }[]): Booking[] {
  const room = Array.from({ length: H }, (_, t) => freeNow + deps.filter((d) => d.day <= t).reduce((s, d) => s + d.count, 0));
  const kept: Booking[] = [];
  for (const b of wanted) {
    const days = room.map((_, t) => t).filter((t) => b.from <= t && t < b.from + b.length);
    if (days.some((t) => room[t]! < b.count)) continue;
    for (const t of days) room[t]! -= b.count;
    kept.push({ from: dateOfDay(TODAY, b.from), to: dateOfDay(TODAY, b.from + b.length), count: b.count });
  }
  return kept;
}

const applicantArb = (H: number, units: number, i: number) =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    requires: fc.subarray(TAGS),
    priority: fc.constantFrom(1, 2, 3),
    where: fc.constantFrom('home', 'hospital', 'hospital', 'unit'),
    ready: fc.integer({ min: -3, max: H + 1 }),
    unit: fc.nat(units - 1),
    earliest: fc.option(fc.integer({ min: -2, max: H + 1 })),
    guarantee: fc.option(fc.integer({ min: -3, max: H + 2 })),
    decision: fc.option(fc.integer({ min: -30, max: 0 })),
    preferred: fc.subarray(Array.from({ length: units }, (_, k) => `U${k}`), { maxLength: Math.min(2, units) }),
    excluded: fc.subarray(Array.from({ length: units }, (_, k) => `U${k}`), { maxLength: 1 }),
    interim: fc.option(fc.subarray(TAGS, { maxLength: 1 }), { freq: 8 }),
  }).map((r): Applicant => {
    const a: Applicant = { id: `P${i}`, kind: r.kind, requires: r.requires, priority: r.priority as 1 | 2 | 3, location: { type: 'home' } };
    if (r.where === 'hospital') a.location = { type: 'hospital', dischargeReadyDate: dateOfDay(TODAY, r.ready) };
    else if (r.earliest !== null) a.earliestDate = dateOfDay(TODAY, r.earliest);
    if (r.where === 'unit') a.location = { type: 'unit', unitId: `U${r.unit}` };
    if (r.guarantee !== null) a.guaranteeDate = dateOfDay(TODAY, r.guarantee);
    if (r.decision !== null) a.decisionDate = dateOfDay(TODAY, r.decision);
    if (r.preferred.length > 0) a.preferredUnits = r.preferred;
    if (r.excluded.length > 0) a.excludedUnits = r.excluded;
    if (r.interim !== null && a.kind !== 'korttid' && r.where !== 'unit') a.interim = { requires: r.interim };
    return a;
  });

/** Pairs applicants 2k and 2k+1 where `couples[k]`: mutual partnerId, the same kind, no interim. */
function pairUp(applicants: Applicant[], couples: boolean[]): Applicant[] {
  const out = applicants.map((a) => ({ ...a }));
  couples.forEach((on, k) => {
    const [a, b] = [out[2 * k], out[2 * k + 1]];
    if (!on || !a || !b) return;
    b.kind = a.kind;
    delete a.interim;
    delete b.interim;
    a.partnerId = b.id;
    b.partnerId = a.id;
  });
  return out;
}

const costsArb = fc.option(
  fc.record({ o: fc.nat(8000), b: fc.nat(20000), l: fc.nat(4000), w1: fc.nat(2000), w2: fc.nat(800), w3: fc.nat(200), p: fc.nat(500) })
    .map((c) => ({ overliggerdognNok: c.o, guaranteeBreachNok: c.b, guaranteeLateDayNok: c.l, waitingDayNok: { '1': c.w1, '2': c.w2, '3': c.w3 }, nonPreferredNok: c.p })),
  { freq: 3 },
);

/**
 * Random valid `plassplan.snapshot/2` snapshots of at most the given size: korttid, langtid and
 * bofellesskap units with tags, `onlyFor` (the `s` need), departures and bookings the unit can
 * hold; applicants at home, in hospital (ready before, on or after today) or occupying a unit,
 * with guarantees (some already past), exclusions, preferences, interim options (langtid and
 * bofellesskap from home or hospital) and couples; turnaround 0..2, tailDays absent (14) or
 * 0..20, costs random or the v2 defaults. Dates relative to today 2026-11-23.
 */
export function snapshotArbV2(max: ArbSize): fc.Arbitrary<Snapshot> {
  return fc
    .record({ H: fc.integer({ min: 1, max: max.days }), nu: fc.integer({ min: 1, max: max.units }), np: fc.integer({ min: 0, max: max.people }), T: fc.nat(2) })
    .chain(({ H, nu, np, T }) =>
      fc.record({
        H: fc.constant(H),
        T: fc.constant(T),
        tail: fc.option(fc.nat(20), { freq: 3 }),
        units: fc.tuple(...Array.from({ length: nu }, (_, i) => unitArb(H, i))),
        applicants: np === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: np }, (_, i) => applicantArb(H, nu, i))),
        couples: fc.array(fc.nat(2).map((k) => k === 0), { minLength: Math.floor(np / 2), maxLength: Math.floor(np / 2) }),
        costs: costsArb,
      }),
    )
    .map(({ H, T, tail, units, applicants, couples, costs }): Snapshot => ({
      format: 'plassplan.snapshot/2',
      today: TODAY,
      horizonDays: H,
      turnaroundDays: T,
      ...(tail === null ? {} : { tailDays: tail }),
      ...(costs === null ? {} : { costs }),
      units: [...units],
      applicants: pairUp([...applicants], couples),
    }) as Snapshot);
}
