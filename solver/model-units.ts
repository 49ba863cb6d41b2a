import { dayIndex } from './days';
import { occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';

/** Units merged because no applicant can tell them apart (same kind, relevant tags, exclusions, preferences, occupants). */
export interface UnitClass {
  /** indices into snapshot.units */
  units: number[];
  /** index of a representative unit (feasibility and preference are the same for every member) */
  rep: number;
  /** days 0..H-1 on which new places arrive from freeNow or departures (without chain releases) */
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
    const key = [u.kind, tags.join(','), ...(marks.get(u.id) ?? []).sort()].join('|');
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
  }
  return out;
}

/** Per unit id, the applicant-specific facts that distinguish it (only from applicants of its kind). */
function unitMarks(snapshot: Snapshot): Map<string, string[]> {
  const kindOf = new Map(snapshot.units.map((u) => [u.id, u.kind]));
  const marks = new Map<string, string[]>();
  const mark = (unitId: string, text: string) => marks.set(unitId, [...(marks.get(unitId) ?? []), text]);
  for (const a of snapshot.applicants) {
    const own = (id: string) => kindOf.get(id) === a.kind;
    a.excludedUnits?.filter(own).forEach((id) => mark(id, `x:${a.id}`));
    a.preferredUnits?.filter(own).forEach((id) => mark(id, `p:${a.id}`));
    const occ = occupiedUnit(a);
    if (occ !== undefined && own(occ)) mark(occ, `o:${a.id}`);
  }
  return marks;
}

function addArrivals(snapshot: Snapshot, unit: number, arrivals: Map<number, number>): void {
  const u = snapshot.units[unit]!;
  const add = (day: number, n: number) => {
    if (n > 0 && day < snapshot.horizonDays) arrivals.set(day, (arrivals.get(day) ?? 0) + n);
  };
  add(0, u.freeNow);
  for (const d of u.departures) add(dayIndex(snapshot.today, d.date), d.count);
}
