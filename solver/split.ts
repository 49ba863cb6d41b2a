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

/** Interim stays (v2) of `count` members of a class in unit class `ik` from day `stay`, then to unit class k on `day` (k = −1: no final admission). */
export interface StayAdmission {
  cls: number;
  ik: number;
  stay: number;
  k: number;
  day: number;
  count: number;
}

/** A couple admitted to unit class k (a single unit) on `day`. */
export interface PairAdmission {
  pair: number;
  k: number;
  day: number;
}

/** What the solved components say: final admissions without a stay, interim stays with their final admissions (v2), couples (v2). */
export interface DecodedFlows {
  finals: ClassAdmission[];
  stays: StayAdmission[];
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
 * admissions (final or interim stay) go to earlier decision dates. Then, in day order, each admission takes any member unit of its unit class
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
  const byClass = new Map<number, { first: number; count: number; admit: (applicant: number) => void }[]>();
  for (const f of flows.finals) {
    pushTo(byClass, f.cls, { first: f.day, count: f.count, admit: (applicant) => finals.push({ applicant, k: f.k, day: f.day }) });
  }
  for (const s of flows.stays) {
    pushTo(byClass, s.cls, {
      first: s.stay,
      count: s.count,
      admit: (applicant) => {
        interim.push({ applicant, k: s.ik, day: s.stay });
        if (s.k >= 0) finals.push({ applicant, k: s.k, day: s.day });
      },
    });
  }
  for (const [cls, list] of byClass) {
    const members = [...model.classes[cls]!.members].sort((a, b) => waitOrder(snapshot, a, b));
    let next = 0;
    for (const entry of list.sort((a, b) => a.first - b.first)) {
      for (let i = 0; i < entry.count; i++) {
        const applicant = members[next++];
        if (applicant === undefined) throw new Error(`split: class ${cls} admits more than its members`);
        entry.admit(applicant);
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
