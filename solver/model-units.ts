import { dayIndex } from './days';
import { occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';

/**
 * Units merged because no applicant can tell them apart (same kind, relevant tags, onlyFor,
 * exclusions, preferences, occupants). Units with bookings, and units of a kind some couple
 * waits for, are never merged: a booking holds places of one unit on its own days, and a couple
 * needs two places in one unit.
 */
export interface UnitClass {
  /** indices into snapshot.units */
  units: number[];
  /** index of a representative unit (feasibility and preference are the same for every member) */
  rep: number;
  /** days 0..H-1 on which places arrive (freeNow, departures, booking ends: > 0) or are taken by a booking's start (< 0), without chain releases */
  arrivals: Map<number, number>;
}

/** Groups units into classes; exact because every applicant sees every member the same way. */
export function mergeUnits(snapshot: Snapshot): { classes: UnitClass[]; classOf: Int32Array } {
  const relevant = relevantTagsByKind(snapshot);
  const marks = unitMarks(snapshot);
  const byKey = new Map<string, UnitClass>();
  const classes: UnitClass[] = [];
  const classOf = new Int32Array(snapshot.units.length);
  snapshot.units.forEach((u, i) => {
    const tags = [...new Set(u.tags)].filter((t) => relevant.get(u.kind)?.has(t)).sort();
    const onlyFor = [...new Set(u.onlyFor ?? [])].sort();
    const key = [u.kind, tags.join(','), `only:${onlyFor.join(',')}`, ...(marks.get(u.id) ?? []).sort()].join('|');
    let k = byKey.get(key);
    if (!k) {
      k = { units: [], rep: i, arrivals: new Map() };
      byKey.set(key, k);
      classes.push(k);
    }
    classOf[i] = classes.indexOf(k);
    k.units.push(i);
    addArrivals(snapshot, i, k.arrivals);
  });
  return { classes, classOf };
}

function relevantTagsByKind(snapshot: Snapshot): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of snapshot.applicants) {
    const set = out.get(a.kind) ?? new Set<string>();
    a.requires.forEach((t) => set.add(t));
    out.set(a.kind, set);
    if (a.interim) {
      const korttid = out.get('korttid') ?? new Set<string>();
      a.interim.requires.forEach((t) => korttid.add(t));
      out.set('korttid', korttid);
    }
  }
  return out;
}

/**
 * Per unit id, the facts that distinguish it: applicant-specific ones (only from applicants of its
 * kind, or who may wait in it as interim guests), and a unique mark for units that must stay alone.
 */
function unitMarks(snapshot: Snapshot): Map<string, string[]> {
  const kindOf = new Map(snapshot.units.map((u) => [u.id, u.kind]));
  const marks = new Map<string, string[]>();
  const mark = (unitId: string, text: string) => marks.set(unitId, [...(marks.get(unitId) ?? []), text]);
  const coupleKinds = new Set(snapshot.applicants.filter((a) => a.partnerId !== undefined).map((a) => a.kind));
  for (const u of snapshot.units) {
    if ((u.bookings ?? []).length > 0 || coupleKinds.has(u.kind)) mark(u.id, `alone:${u.id}`);
  }
  for (const a of snapshot.applicants) {
    const own = (id: string) => kindOf.get(id) === a.kind;
    const stay = (id: string) => own(id) || (a.interim !== undefined && kindOf.get(id) === 'korttid');
    a.excludedUnits?.filter(stay).forEach((id) => mark(id, `x:${a.id}`));
    a.preferredUnits?.filter(own).forEach((id) => mark(id, `p:${a.id}`));
    const occ = occupiedUnit(a);
    if (occ !== undefined && own(occ)) mark(occ, `o:${a.id}`);
  }
  return marks;
}

function addArrivals(snapshot: Snapshot, unit: number, arrivals: Map<number, number>): void {
  const u = snapshot.units[unit]!;
  const add = (day: number, n: number) => {
    if (n !== 0 && day < snapshot.horizonDays) arrivals.set(day, (arrivals.get(day) ?? 0) + n);
  };
  add(0, u.freeNow);
  for (const d of u.departures) add(dayIndex(snapshot.today, d.date), d.count);
  for (const b of u.bookings ?? []) {
    add(dayIndex(snapshot.today, b.from), -b.count);
    add(dayIndex(snapshot.today, b.to), b.count);
  }
}
