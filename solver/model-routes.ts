import { admissionDays, type ApplicantClass } from './model';

/** A way into places for one class: any unit class in `ks`, at NOK `pref` extra, on `days`. */
export interface Route {
  ks: number[];
  pref: number;
  days: number[];
}

/**
 * Routes of a class: all its options at the non-preferred penalty, plus its preferred options
 * at no penalty (a preferred unit reached through the first route costs more, so an optimum
 * never does that unless the penalty is 0, which is then the same cost).
 */
export function planRoutes(c: ApplicantClass, rise: number[][], H: number): Route[] {
  if (c.options.length === 0) return [];
  const all = c.options.map((o) => o.k).sort((a, b) => a - b);
  const penalty = Math.max(...c.options.map((o) => o.pref));
  const preferred = c.options.filter((o) => o.pref === 0).map((o) => o.k).sort((a, b) => a - b);
  const routes: Route[] = [{ ks: all, pref: penalty, days: [] }];
  if (penalty > 0 && preferred.length > 0) routes.push({ ks: preferred, pref: 0, days: [] });
  for (const r of routes) r.days = admissionDays(H, c, r.ks, rise, r.pref);
  return routes.filter((r) => r.days.length > 0);
}

/**
 * Routes of the final admission of a member who waits in an interim korttid bed (v2): the same
 * unit sets and penalties as planRoutes, on the days max(ready, r) for the rise days r of the
 * route's units (never filtered by cost: the move frees the korttid bed, which can pay by itself).
 * Each stay day e uses the days after it (see guestDays).
 */
export function guestRoutes(c: ApplicantClass, rise: number[][], H: number): Route[] {
  if (c.options.length === 0 || c.interim.length === 0) return [];
  const all = c.options.map((o) => o.k).sort((a, b) => a - b);
  const penalty = Math.max(...c.options.map((o) => o.pref));
  const preferred = c.options.filter((o) => o.pref === 0).map((o) => o.k).sort((a, b) => a - b);
  const routes: Route[] = [{ ks: all, pref: penalty, days: [] }];
  if (penalty > 0 && preferred.length > 0) routes.push({ ks: preferred, pref: 0, days: [] });
  for (const r of routes) {
    const days = new Set<number>();
    for (const k of r.ks) for (const d of rise[k]!) if (Math.max(c.terms.ready, d) < H) days.add(Math.max(c.terms.ready, d));
    r.days = [...days].sort((a, b) => a - b);
  }
  return routes.filter((r) => r.days.length > 0);
}
