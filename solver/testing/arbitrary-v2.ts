import fc from 'fast-check';
import { dateOfDay } from '../days';
import type { Applicant, Booking, Snapshot, Unit } from '../snapshot';
import type { ArbSize } from './arbitrary';

const TODAY = '2026-11-23';
/** r = rehabilitering-like (an ordinary need), s = skjermet-like (often an onlyFor need). */
const TAGS = ['r', 's'];
const KINDS = ['korttid', 'korttid', 'langtid', 'bofellesskap'] as const;

/** `raw` (drawn in lo..max, shrinking to 0) folded into lo..hi, so that day offsets fit the drawn horizon and 0 stays 0. */
const wrap = (raw: number, lo: number, hi: number) => lo + ((((raw - lo) % (hi - lo + 1)) + (hi - lo + 1)) % (hi - lo + 1));

const unitArb = (maxDays: number) =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    tags: fc.subarray(TAGS),
    onlyFor: fc.nat(2).map((k) => k === 0),
    freeNow: fc.nat(3),
    departures: fc.array(fc.record({ day: fc.nat(maxDays + 1), count: fc.nat(2) }), { maxLength: 2 }),
    bookings: fc.array(fc.record({ from: fc.nat(maxDays), length: fc.integer({ min: 1, max: 3 }), count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 2 }),
  });
type RawUnit = ReturnType<typeof unitArb> extends fc.Arbitrary<infer R> ? R : never;

function buildUnit(H: number, u: RawUnit, i: number): Unit {
  const deps = u.departures.map((d) => ({ ...d, day: wrap(d.day, 0, H + 1) }));
  return {
    id: `U${i}`,
    ...(i % 2 === 0 ? { name: `Enhet ${i}` } : {}),
    kind: u.kind,
    tags: u.tags,
    onlyFor: u.onlyFor ? u.tags.filter((t) => t === 's') : [],
    freeNow: u.freeNow,
    departures: deps.map((d) => ({ date: dateOfDay(TODAY, d.day), count: d.count })),
    bookings: holdable(H, u.freeNow, deps, u.bookings.map((b) => ({ ...b, from: wrap(b.from, 0, H - 1) }))),
  };
}

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

const applicantArb = (max: ArbSize) =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    kindOfUnit: fc.option(fc.nat(max.units - 1), { freq: 5 }),
    requires: fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 4 }, fc.constant<string[]>(['r']), fc.constant<string[]>(['s'])),
    priority: fc.constantFrom(1, 2, 3),
    where: fc.constantFrom('home', 'hospital', 'hospital', 'unit'),
    ready: fc.integer({ min: -3, max: max.days + 1 }),
    unit: fc.nat(max.units - 1),
    earliest: fc.option(fc.integer({ min: -2, max: max.days + 1 })),
    guarantee: fc.option(fc.integer({ min: -3, max: max.days + 2 })),
    decision: fc.option(fc.integer({ min: -30, max: 0 })),
    preferred: fc.subarray(Array.from({ length: max.units }, (_, k) => k), { maxLength: Math.min(2, max.units) }),
    excluded: fc.oneof({ arbitrary: fc.constant<number[]>([]), weight: 4 }, fc.nat(max.units - 1).map((k) => [k])),
    interim: fc.option(fc.subarray(TAGS, { maxLength: 1 }), { freq: 8 }),
  });
type RawApplicant = ReturnType<typeof applicantArb> extends fc.Arbitrary<infer R> ? R : never;

/**
 * Applicant `i` of a snapshot with these units and horizon H: mostly of the kind of some unit,
 * days folded into the horizon, references to units beyond them dropped or wrapped.
 */
function buildApplicant(r: RawApplicant, H: number, kinds: Unit['kind'][], i: number): Applicant {
  const units = kinds.length;
  const kind = r.kindOfUnit === null ? r.kind : kinds[r.kindOfUnit % units]!;
  const day = (raw: number, lo: number, hi: number) => dateOfDay(TODAY, wrap(raw, lo, hi));
  const a: Applicant = { id: `P${i}`, kind, requires: r.requires, priority: r.priority as 1 | 2 | 3, location: { type: 'home' } };
  const ids = (ks: number[]) => ks.filter((k) => k < units).map((k) => `U${k}`);
  if (r.where === 'hospital') a.location = { type: 'hospital', dischargeReadyDate: day(r.ready, -3, H + 1) };
  else if (r.earliest !== null) a.earliestDate = day(r.earliest, -2, H + 1);
  // an occupant waits in another unit than the one whose kind it wants (else that unit is its own and unfit)
  const home = r.kindOfUnit !== null && units > 1 && r.unit % units === r.kindOfUnit % units ? (r.unit + 1) % units : r.unit % units;
  if (r.where === 'unit') a.location = { type: 'unit', unitId: `U${home}` };
  if (r.guarantee !== null) a.guaranteeDate = day(r.guarantee, -3, H + 2);
  if (r.decision !== null) a.decisionDate = dateOfDay(TODAY, r.decision);
  if (ids(r.preferred).length > 0) a.preferredUnits = ids(r.preferred);
  if (ids(r.excluded).length > 0) a.excludedUnits = ids(r.excluded);
  if (r.interim !== null && kind !== 'korttid' && r.where !== 'unit') a.interim = { requires: r.interim };
  return a;
}

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
 * 0..20, costs random or the v2 defaults. Dates relative to today 2026-11-23. `min` (default 0
 * people, 1 unit, 1 day) keeps draws and their shrinks from being trivially small.
 */
export function snapshotArbV2(max: ArbSize, min: Partial<ArbSize> = {}): fc.Arbitrary<Snapshot> {
  // No chain: flat arrays shrink well (fewer units, fewer people, smaller numbers).
  return fc
    .record({
      H: fc.integer({ min: min.days ?? 1, max: max.days }),
      T: fc.nat(2),
      tail: fc.option(fc.nat(20), { freq: 3 }),
      units: fc.array(unitArb(max.days), { minLength: min.units ?? 1, maxLength: max.units, size: 'max' }),
      applicants: fc.array(applicantArb(max), { minLength: min.people ?? 0, maxLength: max.people, size: 'max' }),
      couples: fc.array(fc.boolean(), { maxLength: Math.floor(max.people / 2), size: 'max' }),
      costs: costsArb,
    })
    .map(({ H, T, tail, units, applicants, couples, costs }): Snapshot => ({
      format: 'plassplan.snapshot/2',
      today: TODAY,
      horizonDays: H,
      turnaroundDays: T,
      ...(tail === null ? {} : { tailDays: tail }),
      ...(costs === null ? {} : { costs }),
      units: units.map((u, i) => buildUnit(H, u, i)),
      applicants: pairUp(applicants.map((a, i) => buildApplicant(a, H, units.map((u) => u.kind), i)), couples),
    }) as Snapshot);
}

/**
 * Snapshots of {@link snapshotArbV2} turned towards interim stays: unit 0 is korttid and unit 1
 * langtid, and every other applicant who is neither a partner nor an occupant becomes a langtid
 * hospital patient allowed to wait in korttid, so that interim guests, their releases and the
 * korttid patients they compete with meet often.
 */
export function interimSnapshotArbV2(max: ArbSize, min: Partial<ArbSize> = {}): fc.Arbitrary<Snapshot> {
  return snapshotArbV2(max, { units: 2, ...min }).map((snap) => ({
    ...snap,
    units: snap.units.map((u, i) => (i < 2 ? { ...u, kind: i === 0 ? 'korttid' : 'langtid' } : u)),
    applicants: snap.applicants.map((a, i): Applicant => {
      if (i % 2 === 1 || a.partnerId !== undefined || a.location.type === 'unit') return a;
      const { earliestDate, ...rest } = a;
      const ready = a.location.type === 'hospital' ? a.location.dischargeReadyDate : (earliestDate ?? TODAY);
      return { ...rest, kind: 'langtid', location: { type: 'hospital', dischargeReadyDate: ready }, interim: a.interim ?? { requires: [] } };
    }),
  }));
}
