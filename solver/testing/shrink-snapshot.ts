import { validateSnapshot, type Snapshot } from '../snapshot';

/** A snapshot JSON as plain data (what the shrinker edits). */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Smaller variants of a snapshot: one person, unit, departure or booking less, a shorter horizon, fewer places. */
function* variants(s: Json): Generator<Json> {
  for (let i = 0; i < s.applicants.length; i++) yield withoutApplicant(s, i);
  for (let i = 0; i < s.units.length; i++) yield withoutUnit(s, i);
  for (let i = 0; i < s.applicants.length; i++) {
    const a = s.applicants[i];
    for (const key of ['guaranteeDate', 'earliestDate', 'preferredUnits', 'excludedUnits', 'interim', 'decisionDate']) {
      if (a[key] !== undefined) yield edit(s, (c) => { delete c.applicants[i][key]; });
    }
    if (a.requires.length > 0) yield edit(s, (c) => { c.applicants[i].requires = []; });
    if (a.priority !== 1) yield edit(s, (c) => { c.applicants[i].priority = 1; });
    if (a.partnerId !== undefined) yield edit(s, (c) => { for (const x of c.applicants) if (x.id === a.id || x.id === a.partnerId) delete x.partnerId; });
    if (a.location.type !== 'home') yield edit(s, (c) => { c.applicants[i].location = { type: 'home' }; delete c.applicants[i].interim; });
  }
  for (let u = 0; u < s.units.length; u++) {
    for (const list of ['departures', 'bookings']) {
      for (let k = 0; k < (s.units[u][list] ?? []).length; k++) yield edit(s, (c) => { c.units[u][list].splice(k, 1); });
    }
    if (s.units[u].freeNow > 0) yield edit(s, (c) => { c.units[u].freeNow -= 1; });
    if ((s.units[u].tags ?? []).length > 0 && (s.units[u].onlyFor ?? []).length === 0) yield edit(s, (c) => { c.units[u].tags = []; });
    if (s.units[u].name !== undefined) yield edit(s, (c) => { delete c.units[u].name; });
  }
  if (s.costs !== undefined) yield edit(s, (c) => { delete c.costs; });
  if (s.tailDays !== undefined && s.tailDays !== 14) yield edit(s, (c) => { delete c.tailDays; });
  if (s.horizonDays > 1) yield edit(s, (c) => { c.horizonDays -= 1; });
  if (s.turnaroundDays > 0) yield edit(s, (c) => { c.turnaroundDays -= 1; });
}

function edit(s: Json, f: (c: Json) => void): Json {
  const c = structuredClone(s);
  f(c);
  return c;
}

function withoutApplicant(s: Json, i: number): Json {
  return edit(s, (c) => {
    const [gone] = c.applicants.splice(i, 1);
    for (const a of c.applicants) if (a.partnerId === gone.id) delete a.partnerId;
  });
}

function withoutUnit(s: Json, i: number): Json {
  return edit(s, (c) => {
    const [gone] = c.units.splice(i, 1);
    c.applicants = c.applicants.filter((a: Json) => !(a.location.type === 'unit' && a.location.unitId === gone.id));
    const ids = new Set(c.applicants.map((a: Json) => a.id));
    for (const a of c.applicants) {
      if (a.partnerId !== undefined && !ids.has(a.partnerId)) delete a.partnerId;
      for (const key of ['preferredUnits', 'excludedUnits']) {
        if (a[key]) a[key] = a[key].filter((id: string) => id !== gone.id);
        if (a[key]?.length === 0) delete a[key];
      }
    }
  });
}

/**
 * Greedy shrinking of a failing snapshot, for reports: applies the first smaller valid variant
 * that still fails (`fails` true), until none does. Slow (re-plans each variant) but simple.
 * @returns the smallest failing snapshot found
 */
export async function shrinkSnapshot(start: Snapshot, fails: (s: Snapshot) => Promise<boolean>): Promise<Snapshot> {
  let current = start as Json;
  for (let progress = true; progress;) {
    progress = false;
    for (const v of variants(current)) {
      const checked = validateSnapshot(v);
      if (checked.ok && (await fails(checked.snapshot))) {
        current = v;
        progress = true;
        break;
      }
    }
  }
  return current as Snapshot;
}
