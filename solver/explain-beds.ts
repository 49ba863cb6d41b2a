import { dayIndex } from './days';
import { occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/** Where the place an admission takes comes from: a listed place, or a chain move of applicant `mover`. */
export type PlaceSource = { type: 'listed' } | { type: 'chain'; mover: number; ready: number };

/**
 * Attributes a place to every admission: per unit, in day order, each admission takes the
 * available place that became ready last (so an admission on the day a chain move frees a bed
 * is credited to that move). Returns the source per admission index.
 */
export function placeSources(snapshot: Snapshot, admissions: IndexedAdmission[]): PlaceSource[] {
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const places = snapshot.units.map((u) => [
    ...Array.from({ length: u.freeNow }, () => ({ ready: 0, source: { type: 'listed' } as PlaceSource })),
    ...u.departures.flatMap((d) =>
      Array.from({ length: d.count }, () => ({ ready: dayIndex(snapshot.today, d.date), source: { type: 'listed' } as PlaceSource })),
    ),
  ]);
  admissions.forEach((x) => {
    const home = occupiedUnit(snapshot.applicants[x.applicant]!);
    if (home === undefined) return;
    const ready = x.day + snapshot.turnaroundDays;
    places[unitIndex.get(home)!]!.push({ ready, source: { type: 'chain', mover: x.applicant, ready } });
  });
  const out: PlaceSource[] = new Array(admissions.length);
  const order = admissions.map((_, i) => i).sort((a, b) => admissions[a]!.day - admissions[b]!.day);
  for (const i of order) {
    const x = admissions[i]!;
    const free = places[x.unit]!;
    let best = -1;
    free.forEach((p, j) => {
      if (p.ready <= x.day && (best < 0 || p.ready > free[best]!.ready)) best = j;
    });
    out[i] = best < 0 ? { type: 'listed' } : free.splice(best, 1)[0]!.source;
  }
  return out;
}
