import { dateOfDay, dayIndex } from './days';
import { canTake } from './rules';
import { SNAPSHOT_V2, type Applicant, type Booking, type Snapshot, type Unit } from './snapshot';

type Rand = () => number;

const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Langtid units per institution (sykehjem); the first of each is its skjermet unit. */
export const LANGTID_UNITS_PER_INSTITUTION = 3;
/** Share of korttid units with respite bookings, and bookings tried per such unit. */
const BOOKED_UNIT_SHARE = 0.4;
const BOOKINGS_PER_UNIT = 2;
/** Share of langtid hospital patients who may wait in korttid; of those, the share needing rehabilitering there. */
const INTERIM_SHARE = 0.85;
const INTERIM_REHAB_SHARE = 0.2;
/** One couple per this many people (at least one where two fitting people exist). */
const PEOPLE_PER_COUPLE = 50;

/**
 * Turns a generated v1 snapshot into v2 with the mix of ../shared/domain.md, drawing from
 * `rand` after the v1 draws (so v1 output is untouched and v2 shares its ids, places and
 * people): tailDays 14 and the v2 cost defaults; langtid units grouped into institutions of
 * {@link LANGTID_UNITS_PER_INSTITUTION}, each with one skjermet unit `onlyFor` skjermet (the
 * others lose the tag: a skjermet unit is locked); respite bookings on some korttid units,
 * always within the unit's places (booked(t) ≤ freeNow + departures dated ≤ t on every day of
 * the horizon); interim korttid for most langtid hospital patients; a few couples (mutual
 * partnerId, both langtid without needs or interim). Every unit has `onlyFor` and `bookings`,
 * as validateSnapshot returns them. Mutates nothing it is given.
 */
export function toV2Snapshot(v1: Snapshot, rand: Rand): Snapshot {
  const units = v1.units.map((u) => ({ ...u, tags: [...u.tags], onlyFor: [] as string[], bookings: [] as Booking[] }));
  markSkjermet(units);
  for (const u of units) if (u.kind === 'korttid' && rand() < BOOKED_UNIT_SHARE) u.bookings = respite(u, v1, rand);
  const applicants = v1.applicants.map((a) => withInterim(keepFittingPreferences({ ...a }, units), rand));
  pairCouples(applicants, rand);
  return {
    ...v1,
    format: SNAPSHOT_V2,
    tailDays: 14,
    costs: { ...v1.costs, guaranteeBreachNok: 10_000, guaranteeLateDayNok: 3000 },
    units,
    applicants,
  };
}

function markSkjermet(units: Unit[]): void {
  const langtid = units.filter((u) => u.kind === 'langtid');
  langtid.forEach((u, i) => {
    u.tags = u.tags.filter((t) => t !== 'skjermet');
    if (i % LANGTID_UNITS_PER_INSTITUTION !== 0) return;
    u.tags.unshift('skjermet');
    u.onlyFor = ['skjermet'];
    u.name = `${u.name}, skjermet avdeling`;
  });
}

/** Places of `u` ready for admission by day t (freeNow + departures dated ≤ t), t = 0 .. H-1. */
function placesByDay(u: Unit, snap: Snapshot): number[] {
  const places = new Array<number>(snap.horizonDays).fill(u.freeNow);
  for (const d of u.departures) {
    for (let t = Math.max(0, dayIndex(snap.today, d.date)); t < snap.horizonDays; t++) places[t]! += d.count;
  }
  return places;
}

/** A few one-place respite stays of 3–14 days, each kept only if the unit can hold it with the others. */
function respite(u: Unit, snap: Snapshot, rand: Rand): Booking[] {
  const H = snap.horizonDays;
  const places = placesByDay(u, snap);
  const booked = new Array<number>(H).fill(0);
  const bookings: Booking[] = [];
  for (let n = 0; n < BOOKINGS_PER_UNIT; n++) {
    const from = int(rand, 0, H - 1);
    const to = from + int(rand, 3, 14);
    const days = [...Array(Math.min(to, H) - from).keys()].map((k) => from + k);
    if (!days.every((t) => booked[t]! + 1 <= places[t]!)) continue;
    for (const t of days) booked[t]! += 1;
    bookings.push({ from: dateOfDay(snap.today, from), to: dateOfDay(snap.today, to), count: 1 });
  }
  return bookings.sort((a, b) => a.from.localeCompare(b.from));
}

/** The skjermet units are locked now: a preference for a unit one cannot take is dropped. */
function keepFittingPreferences(a: Applicant, units: Unit[]): Applicant {
  if (a.preferredUnits === undefined) return a;
  const fitting = a.preferredUnits.filter((id) => canTake(a, units.find((u) => u.id === id)!));
  if (fitting.length > 0) a.preferredUnits = fitting;
  else delete a.preferredUnits;
  return a;
}

function withInterim(a: Applicant, rand: Rand): Applicant {
  if (a.kind !== 'langtid' || a.location.type !== 'hospital' || rand() >= INTERIM_SHARE) return a;
  a.interim = { requires: rand() < INTERIM_REHAB_SHARE ? ['rehabilitering'] : [] };
  return a;
}

/** Pairs langtid people without needs, in a seeded order; partners never have interim. */
function pairCouples(applicants: Applicant[], rand: Rand): void {
  const free = applicants.filter((a) => a.kind === 'langtid' && a.requires.length === 0);
  const couples = Math.min(Math.floor(free.length / 2), Math.max(1, Math.round(applicants.length / PEOPLE_PER_COUPLE)));
  for (let c = 0; c < couples; c++) {
    const [a, b] = [takeRandom(free, rand), takeRandom(free, rand)];
    a.partnerId = b.id;
    b.partnerId = a.id;
    delete a.interim;
    delete b.interim;
  }
}

function takeRandom<T>(items: T[], rand: Rand): T {
  return items.splice(Math.floor(rand() * items.length), 1)[0]!;
}
