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

/** A class-level admission count from a solved component; `src` is the interim unit class guests wait in, else -1. */
export interface ClassAdmission {
  cls: number;
  k: number;
  day: number;
  count: number;
  src: number;
}

/** A couple admitted to unit class k (a single unit) on `day`. */
export interface PairAdmission {
  pair: number;
  k: number;
  day: number;
}

/** What the solved components say: final admissions, interim stays (v2), couples (v2). */
export interface DecodedFlows {
  finals: ClassAdmission[];
  interim: ClassAdmission[];
  pairs: PairAdmission[];
}

/** A plan in index form: final admissions and interim stays. */
export interface IndexedPlan {
  admissions: IndexedAdmission[];
  interim: IndexedAdmission[];
}

interface Person {
  applicant: number;
  k: number;
  day: number;
}

/**
 * Splits class-level admissions back to people and units. Within a class, earlier first
 * admissions (final or interim) go to earlier decision dates, and guests' final admissions to the
 * guests of that interim unit class in the order of their stays (the guest rows guarantee each
 * stay comes first). Then, in day order, each admission takes any member unit of its unit class
 * with a ready place: one exists whenever the merged capacity rows hold, because a freed bed
 * returns to a member of the same class whichever member it is.
 */
export function splitAdmissions(snapshot: Snapshot, model: ReducedModel, flows: DecodedFlows): IndexedPlan {
  const { finals, interim } = assignPeople(snapshot, model, flows);
  return assignUnits(snapshot, model, finals, interim);
}

function assignPeople(snapshot: Snapshot, model: ReducedModel, flows: DecodedFlows): { finals: Person[]; interim: Person[] } {
  const finals: Person[] = [];
  const interim: Person[] = [];
  const guestsOf = new Map<string, Person[]>();
  const byClass = new Map<number, { f: ClassAdmission; stay: boolean }[]>();
  for (const f of flows.finals) if (f.src < 0) pushTo(byClass, f.cls, { f, stay: false });
  for (const f of flows.interim) pushTo(byClass, f.cls, { f, stay: true });
  for (const [cls, list] of byClass) {
    const members = [...model.classes[cls]!.members].sort((a, b) => waitOrder(snapshot, a, b));
    let next = 0;
    for (const { f, stay } of list.sort((a, b) => a.f.day - b.f.day)) {
      for (let i = 0; i < f.count; i++) {
        const applicant = members[next++];
        if (applicant === undefined) throw new Error(`split: class ${cls} admits more than its members`);
        const p = { applicant, k: f.k, day: f.day };
        if (stay) (interim.push(p), pushTo(guestsOf, `${cls}:${f.k}`, p));
        else finals.push(p);
      }
    }
  }
  const guestFinals = new Map<string, ClassAdmission[]>();
  for (const f of flows.finals) if (f.src >= 0) pushTo(guestFinals, `${f.cls}:${f.src}`, f);
  for (const [key, list] of guestFinals) {
    const guests = guestsOf.get(key) ?? [];
    let next = 0;
    for (const f of list.sort((a, b) => a.day - b.day)) {
      for (let i = 0; i < f.count; i++) {
        const g = guests[next++];
        if (g === undefined || g.day >= f.day) throw new Error(`split: a guest of ${key} is admitted without an earlier interim stay`);
        finals.push({ applicant: g.applicant, k: f.k, day: f.day });
      }
    }
  }
  for (const p of flows.pairs) for (const applicant of model.pairs[p.pair]!.members) finals.push({ applicant, k: p.k, day: p.day });
  return { finals, interim };
}

/** Orders applicants by decision date (unknown last), then id. */
function waitOrder(snapshot: Snapshot, a: number, b: number): number {
  const x = snapshot.applicants[a]!;
  const y = snapshot.applicants[b]!;
  return (x.decisionDate ?? '9999').localeCompare(y.decisionDate ?? '9999') || x.id.localeCompare(y.id);
}

function assignUnits(snapshot: Snapshot, model: ReducedModel, finals: Person[], interim: Person[]): IndexedPlan {
  const T = snapshot.turnaroundDays;
  const unitIndex = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const ready = snapshot.units.map((u) => [{ day: 0, n: u.freeNow }, ...u.departures.map((d) => ({ day: dayIndex(snapshot.today, d.date), n: d.count }))]);
  const finalDay = new Map(finals.map((p) => [p.applicant, p.day]));
  for (const p of finals) {
    const home = occupiedUnit(snapshot.applicants[p.applicant]!);
    if (home !== undefined) ready[unitIndex.get(home)!]!.push({ day: p.day + T, n: 1 });
  }
  const used = new Int32Array(snapshot.units.length);
  const readyBy = (u: number, day: number) => ready[u]!.reduce((s, r) => s + (r.day <= day ? r.n : 0), 0);
  const out: IndexedPlan = { admissions: [], interim: [] };
  const entries = [...interim.map((p) => ({ p, stay: true })), ...finals.map((p) => ({ p, stay: false }))];
  for (const { p, stay } of entries.sort((a, b) => a.p.day - b.p.day)) {
    const unit = model.units[p.k]!.units.find((u) => readyBy(u, p.day) > used[u]!);
    if (unit === undefined) throw new Error(`split: no ready place in unit class ${p.k} on day ${p.day}`);
    used[unit]!++;
    const x = { applicant: p.applicant, unit, day: p.day };
    if (!stay) out.admissions.push(x);
    else {
      out.interim.push(x);
      const d = finalDay.get(p.applicant);
      if (d !== undefined) ready[unit]!.push({ day: d + T, n: 1 });
    }
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
