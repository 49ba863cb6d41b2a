import { dayIndex } from './days';
import type { ReducedModel } from './model';
import { occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';

/** One admission in index form: snapshot.applicants[applicant] to snapshot.units[unit] on day `day`. */
export interface IndexedAdmission {
  applicant: number;
  unit: number;
  day: number;
}

/** A class-level admission count from a solved component. */
export interface ClassAdmission {
  cls: number;
  k: number;
  day: number;
  count: number;
}

/**
 * Splits class-level admissions back to people and units. Within a class, earlier days go to
 * earlier decision dates; within a unit class, admissions in day order take any member unit with
 * a ready place, which always exists when the merged capacity rows hold (places never disappear).
 */
export function splitAdmissions(snapshot: Snapshot, model: ReducedModel, flows: ClassAdmission[]): IndexedAdmission[] {
  const people = assignPeople(snapshot, model, flows);
  const ready = readyPlaces(snapshot, people);
  const byUnitClass = new Map<number, { applicant: number; day: number }[]>();
  for (const p of people) pushTo(byUnitClass, p.k, p);
  const out: IndexedAdmission[] = [];
  for (const [k, list] of byUnitClass) {
    const members = model.units[k]!.units;
    const used = new Map<number, number>();
    for (const p of list.sort((a, b) => a.day - b.day)) {
      const unit = members.find((u) => countUpTo(ready.get(u) ?? [], p.day) > (used.get(u) ?? 0));
      if (unit === undefined) throw new Error(`split: no ready place in unit class ${k} on day ${p.day}`);
      used.set(unit, (used.get(unit) ?? 0) + 1);
      out.push({ applicant: p.applicant, unit, day: p.day });
    }
  }
  return out;
}

function assignPeople(snapshot: Snapshot, model: ReducedModel, flows: ClassAdmission[]) {
  const byClass = new Map<number, ClassAdmission[]>();
  for (const f of flows) if (f.count > 0) pushTo(byClass, f.cls, f);
  const out: { applicant: number; k: number; day: number }[] = [];
  for (const [cls, list] of byClass) {
    const members = [...model.classes[cls]!.members].sort((a, b) => waitOrder(snapshot, a, b));
    let next = 0;
    for (const f of list.sort((a, b) => a.day - b.day)) {
      for (let i = 0; i < f.count; i++) {
        const applicant = members[next++];
        if (applicant === undefined) throw new Error(`split: class ${cls} admits more than its members`);
        out.push({ applicant, k: f.k, day: f.day });
      }
    }
  }
  return out;
}

/** Orders applicants by decision date (unknown last), then id. */
function waitOrder(snapshot: Snapshot, a: number, b: number): number {
  const x = snapshot.applicants[a]!;
  const y = snapshot.applicants[b]!;
  return (x.decisionDate ?? '9999').localeCompare(y.decisionDate ?? '9999') || x.id.localeCompare(y.id);
}

/** Sorted days on which each unit gets a ready place: freeNow, departures, chain releases. */
function readyPlaces(snapshot: Snapshot, people: { applicant: number; day: number }[]): Map<number, number[]> {
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const ready = new Map<number, number[]>();
  const add = (u: number, day: number, n: number) => {
    const list = ready.get(u) ?? [];
    for (let i = 0; i < n; i++) list.push(day);
    ready.set(u, list);
  };
  snapshot.units.forEach((u, i) => {
    add(i, 0, u.freeNow);
    for (const d of u.departures) add(i, dayIndex(snapshot.today, d.date), d.count);
  });
  for (const p of people) {
    const home = occupiedUnit(snapshot.applicants[p.applicant]!);
    if (home !== undefined) add(unitIndex.get(home)!, p.day + snapshot.turnaroundDays, 1);
  }
  for (const list of ready.values()) list.sort((a, b) => a - b);
  return ready;
}

function countUpTo(sorted: number[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
