import { dayIndex } from './days';
import { occupiedUnit } from './rules';
import type { Booking, Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/**
 * Where the place an admission takes comes from: a listed place (freeNow or a departure), one
 * a booking gives back at its end, a bed freed by the final admission of `mover` (an occupant
 * or an interim guest of the unit, ready `turnaroundDays` later), or none (the admission list
 * breaks capacity; only hand-made lists do).
 */
export type PlaceSource =
  | { type: 'listed'; ready: number }
  | { type: 'booking'; booking: Booking; ready: number }
  | { type: 'release'; mover: number; ready: number }
  | { type: 'none' };

/** Who uses a place: a final admission or interim stay (by index into its list), or a booking. */
export type PlaceUser = { type: 'final'; index: number } | { type: 'interim'; index: number } | { type: 'booking'; booking: Booking };

/** Every place of the plan matched to its user, per unit. */
export interface PlaceLedger {
  finalSource: PlaceSource[];
  interimSource: PlaceSource[];
  /** mover (applicant index) → who uses the bed its final admission frees, if anyone does */
  releaseUser: Map<number, PlaceUser>;
}

interface Supply { ready: number; order: number; count: number; source: PlaceSource }
interface Use { day: number; order: number; count: number; user: PlaceUser }

/**
 * Matches places to their users first in, first out, per unit: users in day order take places
 * in the order they became ready (listed ones before booking returns before freed beds on the
 * same day). So a freed bed goes to someone only once every older place is taken, and "the move
 * frees a bed for X" names the person who would otherwise have to wait. O((places runs + users)
 * log) per unit; counts are kept as runs, never one object per place.
 */
export function placeLedger(snapshot: Snapshot, finals: IndexedAdmission[], interim: IndexedAdmission[]): PlaceLedger {
  const supplies = snapshot.units.map((u): Supply[] => [
    { ready: 0, order: 0, count: u.freeNow, source: { type: 'listed', ready: 0 } },
    ...u.departures.map((d) => {
      const ready = dayIndex(snapshot.today, d.date);
      return { ready, order: 0, count: d.count, source: { type: 'listed', ready } as PlaceSource };
    }),
  ]);
  const uses = snapshot.units.map((): Use[] => []);
  snapshot.units.forEach((u, k) => {
    for (const b of u.bookings ?? []) {
      const from = dayIndex(snapshot.today, b.from);
      const to = dayIndex(snapshot.today, b.to);
      if (from >= snapshot.horizonDays) continue;
      uses[k]!.push({ day: from, order: 2, count: b.count, user: { type: 'booking', booking: b } });
      supplies[k]!.push({ ready: to, order: 1, count: b.count, source: { type: 'booking', booking: b, ready: to } });
    }
  });
  addReleases(snapshot, finals, interim, supplies);
  finals.forEach((x, index) => uses[x.unit]!.push({ day: x.day, order: 0, count: 1, user: { type: 'final', index } }));
  interim.forEach((x, index) => uses[x.unit]!.push({ day: x.day, order: 1, count: 1, user: { type: 'interim', index } }));
  const ledger: PlaceLedger = { finalSource: [], interimSource: [], releaseUser: new Map() };
  snapshot.units.forEach((_, k) => matchUnit(supplies[k]!, uses[k]!, ledger));
  return ledger;
}

/** Beds freed by final admissions: an occupant's own unit, an interim guest's korttid unit. */
function addReleases(snapshot: Snapshot, finals: IndexedAdmission[], interim: IndexedAdmission[], supplies: Supply[][]): void {
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const interimUnit = new Map(interim.map((x) => [x.applicant, x.unit]));
  for (const x of finals) {
    const home = occupiedUnit(snapshot.applicants[x.applicant]!);
    const from = home !== undefined ? unitIndex.get(home) : interimUnit.get(x.applicant);
    if (from === undefined) continue;
    const ready = x.day + snapshot.turnaroundDays;
    supplies[from]!.push({ ready, order: 2, count: 1, source: { type: 'release', mover: x.applicant, ready } });
  }
}

function matchUnit(supplies: Supply[], uses: Use[], ledger: PlaceLedger): void {
  supplies.sort((a, b) => a.ready - b.ready || a.order - b.order);
  uses.sort((a, b) => a.day - b.day || a.order - b.order);
  let s = 0;
  let left = supplies[0]?.count ?? 0;
  for (const use of uses) {
    let source: PlaceSource = { type: 'none' };
    for (let n = 0; n < use.count; n++) {
      while (s < supplies.length && left === 0) left = supplies[++s]?.count ?? 0;
      const supply = supplies[s];
      if (supply === undefined || supply.ready > use.day) break;
      left--;
      if (n === 0) source = supply.source;
      if (supply.source.type === 'release') ledger.releaseUser.set(supply.source.mover, use.user);
    }
    if (use.user.type === 'final') ledger.finalSource[use.user.index] = source;
    if (use.user.type === 'interim') ledger.interimSource[use.user.index] = source;
  }
}
