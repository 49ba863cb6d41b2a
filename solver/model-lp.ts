import { dayCost } from './cost';
import { admissionDays, type ApplicantClass, type ReducedModel } from './model';
import { LpBuilder, type ComponentLp } from './lp';
import { addInterimColumns } from './model-interim-lp';
import { addPairColumns } from './model-partners-lp';
import { guestRoutes, planRoutes, type Route } from './model-routes';

export type { ComponentLp } from './lp';

/** Routes of every class: its own final admissions, and those after an interim stay (v2). */
export interface ClassRoutes {
  routes: Route[][];
  guests: Route[][];
}

/**
 * Cuts the reduced model into independent components (no shared unit class, no chain between
 * them) and writes each as an LP over places: per unit class, stock rows at its rise days
 * (carry columns move free places forward); per class, a row Σ first admissions ≤ members; per
 * couple, a row ≤ 1. Admission columns go straight to a unit class, or to a group-day row fed by
 * supply columns from every unit of the group when several classes share the group (fewer
 * columns for the same model). Interim stays and couples: model-interim-lp.ts, model-partners-lp.ts.
 */
export function splitComponents(model: ReducedModel, H: number, T: number): ComponentLp[] {
  const all: ClassRoutes = {
    routes: model.classes.map((c) => planRoutes(c, model.rise, H)),
    guests: model.classes.map((c) => guestRoutes(c, model.rise, H)),
  };
  const parent = model.units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (ks: number[]) => ks.forEach((k) => (parent[find(k)] = find(ks[0]!)));
  const classUnits = model.classes.map((c, ci) => unitsOfClass(c, all.routes[ci]!));
  const pairUnits = model.pairs.map((p) => (p.options.length === 0 ? [] : [...p.options.map((o) => o.k), ...p.homes]));
  [...classUnits, ...pairUnits].forEach((ks) => ks.length > 0 && join(ks));
  const byRoot = new Map<number, { classes: number[]; pairs: number[] }>();
  const at = (ks: number[]) => {
    const root = find(ks[0]!);
    return byRoot.get(root) ?? byRoot.set(root, { classes: [], pairs: [] }).get(root)!;
  };
  classUnits.forEach((ks, ci) => ks.length > 0 && at(ks).classes.push(ci));
  pairUnits.forEach((ks, pi) => ks.length > 0 && at(ks).pairs.push(pi));
  const shared = sharedGroups(all.routes, all.guests);
  return [...byRoot.values()].map((c) => buildComponent(model, c.classes, c.pairs, all, shared, H, T));
}

/** Unit classes a class can touch: its routes, the bed it frees (if it can move), its interim units. */
function unitsOfClass(c: ApplicantClass, routes: Route[]): number[] {
  const ks = routes.flatMap((r) => r.ks);
  if (ks.length > 0 && c.home >= 0) ks.push(c.home);
  return [...ks, ...c.interim];
}

export function groupKey(ks: number[]): string {
  return ks.join(',');
}

/**
 * Groups (sets of unit classes) worth a row per day: used by two or more classes, two or more
 * units; and every route of a guest (stay days × final days make direct columns per unit too many).
 */
function sharedGroups(routes: Route[][], guests: Route[][]): Set<string> {
  const uses = new Map<string, number>();
  for (const rs of routes) for (const r of rs) if (r.ks.length > 1) uses.set(groupKey(r.ks), (uses.get(groupKey(r.ks)) ?? 0) + 1);
  for (const rs of guests) for (const r of rs) if (r.ks.length > 1) uses.set(groupKey(r.ks), 2);
  return new Set([...uses].filter(([, n]) => n > 1).map(([k]) => k));
}

function buildComponent(model: ReducedModel, cls: number[], pairs: number[], all: ClassRoutes, shared: Set<string>, H: number, T: number): ComponentLp {
  const b = new LpBuilder(cls, pairs);
  cls.forEach((c) => b.addClassRow(model.classes[c]!.members.length));
  const units = new Set<number>();
  cls.forEach((c) => unitsOfClass(model.classes[c]!, all.routes[c]!).forEach((k) => units.add(k)));
  pairs.forEach((p) => [...model.pairs[p]!.options.map((o) => o.k), ...model.pairs[p]!.homes].forEach((k) => units.add(k)));
  for (const k of units) b.addStockRows(k, model.rise[k]!, model.units[k]!.arrivals);
  addSharedGroups(b, cls, all, shared);
  cls.forEach((c, local) => {
    const klass = model.classes[c]!;
    for (const route of all.routes[c]!) {
      const key = groupKey(route.ks);
      if (shared.has(key)) addGroupRoute(b, klass, c, local, route, key, H, T);
      else addDirectRoute(b, model, klass, c, local, route, H, T);
    }
  });
  addInterimColumns(b, model, cls, all.guests, shared, H, T);
  pairs.forEach((p) => addPairColumns(b, model, p, H, T));
  b.addCarryColumns();
  return b.finish();
}

function addSharedGroups(b: LpBuilder, cls: number[], all: ClassRoutes, shared: Set<string>): void {
  const groups = new Map<string, { ks: number[]; days: Set<number> }>();
  for (const c of cls) {
    for (const r of [...all.routes[c]!, ...all.guests[c]!]) {
      const key = groupKey(r.ks);
      if (!shared.has(key)) continue;
      const g = groups.get(key) ?? { ks: r.ks, days: new Set<number>() };
      r.days.forEach((d) => g.days.add(d));
      groups.set(key, g);
    }
  }
  for (const [key, g] of groups) b.addGroupRows(key, g.ks, [...g.days].sort((x, y) => x - y));
}

/** The stock row a move into day `day` frees its home bed into (at day + T), or -1 beyond the horizon. */
export function releaseRow(b: LpBuilder, home: number, day: number, H: number, T: number): number {
  return home >= 0 && day + T < H ? b.firstStockRowFrom(home, day + T) : -1;
}

function addDirectRoute(b: LpBuilder, model: ReducedModel, klass: ApplicantClass, c: number, local: number, route: Route, H: number, T: number): void {
  for (const k of route.ks) {
    for (const day of admissionDays(H, klass, [k], model.rise, route.pref)) {
      const stock = b.lastStockRowUpTo(k, day);
      if (stock < 0) continue;
      const cost = dayCost(klass.terms, day) + route.pref - klass.unplaced;
      b.addAdmission({ kind: 'direct', cls: c, k, group: -1, day }, cost, local, stock, releaseRow(b, klass.home, day, H, T));
    }
  }
}

function addGroupRoute(b: LpBuilder, klass: ApplicantClass, c: number, local: number, route: Route, key: string, H: number, T: number): void {
  for (const day of route.days) {
    const { group, row } = b.groupRow(key, day);
    const cost = dayCost(klass.terms, day) + route.pref - klass.unplaced;
    b.addAdmission({ kind: 'group', cls: c, k: -1, group, day }, cost, local, row, releaseRow(b, klass.home, day, H, T));
  }
}
