import { dayCost } from './cost';
import { admissionDays, type ApplicantClass, type ReducedModel } from './model';
import { LpBuilder, type ComponentLp } from './lp';
import { planRoutes, type Route } from './model-routes';

export type { ComponentLp } from './lp';

/**
 * Cuts the reduced model into independent components (no shared unit class, no chain between
 * them) and writes each as an LP over places: per unit class, stock rows at its rise days
 * (carry columns move free places forward); per class, a row Σ admissions ≤ members. Admission
 * columns go straight to a unit class, or to a group-day row fed by supply columns from every
 * unit of the group when several classes share the group (fewer columns for the same model).
 */
export function splitComponents(model: ReducedModel, H: number, T: number): ComponentLp[] {
  const routes = model.classes.map((c) => planRoutes(c, model.rise, H));
  const parent = model.units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byRoot = new Map<number, number[]>();
  routes.forEach((rs, ci) => {
    if (rs.length === 0) return;
    const home = model.classes[ci]!.home;
    const ks = rs.flatMap((r) => r.ks).concat(home >= 0 ? [home] : []);
    for (const k of ks) parent[find(k)] = find(ks[0]!);
  });
  routes.forEach((rs, ci) => {
    if (rs.length === 0) return;
    const root = find(rs[0]!.ks[0]!);
    const list = byRoot.get(root);
    if (list) list.push(ci);
    else byRoot.set(root, [ci]);
  });
  const shared = sharedGroups(routes);
  return [...byRoot.values()].map((cls) => buildComponent(model, cls, routes, shared, H, T));
}

function groupKey(ks: number[]): string {
  return ks.join(',');
}

/** Groups (sets of unit classes) worth a row per day: used by two or more classes, two or more units. */
function sharedGroups(routes: Route[][]): Set<string> {
  const uses = new Map<string, number>();
  for (const rs of routes) for (const r of rs) if (r.ks.length > 1) uses.set(groupKey(r.ks), (uses.get(groupKey(r.ks)) ?? 0) + 1);
  return new Set([...uses].filter(([, n]) => n > 1).map(([k]) => k));
}

function buildComponent(model: ReducedModel, cls: number[], routes: Route[][], shared: Set<string>, H: number, T: number): ComponentLp {
  const b = new LpBuilder(cls);
  cls.forEach((c) => b.addClassRow(model.classes[c]!.members.length));
  const units = [...new Set(cls.flatMap((c) => routes[c]!.flatMap((r) => r.ks).concat(model.classes[c]!.home >= 0 ? [model.classes[c]!.home] : [])))];
  for (const k of units) b.addStockRows(k, model.rise[k]!, model.units[k]!.arrivals);
  addSharedGroups(b, cls, routes, shared);
  cls.forEach((c, local) => {
    const klass = model.classes[c]!;
    for (const route of routes[c]!) {
      const key = groupKey(route.ks);
      if (shared.has(key)) addGroupRoute(b, model, klass, c, local, route, key, H, T);
      else addDirectRoute(b, model, klass, c, local, route, H, T);
    }
  });
  b.addCarryColumns();
  return b.finish();
}

function addSharedGroups(b: LpBuilder, cls: number[], routes: Route[][], shared: Set<string>): void {
  const groups = new Map<string, { ks: number[]; days: Set<number> }>();
  for (const c of cls) {
    for (const r of routes[c]!) {
      const key = groupKey(r.ks);
      if (!shared.has(key)) continue;
      const g = groups.get(key) ?? { ks: r.ks, days: new Set<number>() };
      r.days.forEach((d) => g.days.add(d));
      groups.set(key, g);
    }
  }
  for (const [key, g] of groups) b.addGroupRows(key, g.ks, [...g.days].sort((x, y) => x - y));
}

function releaseEntry(b: LpBuilder, klass: ApplicantClass, day: number, H: number, T: number): number {
  return klass.home >= 0 && day + T < H ? b.firstStockRowFrom(klass.home, day + T) : -1;
}

function addDirectRoute(b: LpBuilder, model: ReducedModel, klass: ApplicantClass, c: number, local: number, route: Route, H: number, T: number): void {
  for (const k of route.ks) {
    for (const day of admissionDays(H, klass, [k], model.rise, route.pref)) {
      const stock = b.lastStockRowUpTo(k, day);
      if (stock < 0) continue;
      const cost = dayCost(klass.terms, day) + route.pref - klass.unplaced;
      b.addAdmission({ kind: 'direct', cls: c, k, group: -1, day }, cost, local, stock, releaseEntry(b, klass, day, H, T));
    }
  }
}

function addGroupRoute(b: LpBuilder, model: ReducedModel, klass: ApplicantClass, c: number, local: number, route: Route, key: string, H: number, T: number): void {
  for (const day of route.days) {
    const { group, row } = b.groupRow(key, day);
    const cost = dayCost(klass.terms, day) + route.pref - klass.unplaced;
    b.addAdmission({ kind: 'group', cls: c, k: -1, group, day }, cost, local, row, releaseEntry(b, klass, day, H, T));
  }
}
