import { dayCostTerms, finalDayCost, overliggerCost, preferenceCost, unplacedDay, type DayCostTerms } from '../cost';
import { dayIndex } from '../days';
import type { Applicant, Snapshot, Unit } from '../snapshot';
import type { MipBuilder } from './mip-builder';

const subset = (xs: readonly string[], of: readonly string[]) => xs.every((x) => of.includes(x));

/** Hard rule 2 for a final admission, as the format states it (written apart from rules.ts). */
function finalFits(a: Applicant, u: Unit): boolean {
  const home = a.location.type === 'unit' ? a.location.unitId : undefined;
  return u.kind === a.kind && subset(a.requires, u.tags) && subset(u.onlyFor ?? [], a.requires)
    && !(a.excludedUnits ?? []).includes(u.id) && u.id !== home;
}

/** Hard rule 2 for an interim stay. */
function interimFits(a: Applicant, u: Unit): boolean {
  const needs = a.interim?.requires;
  return needs !== undefined && u.kind === 'korttid' && subset(needs, u.tags) && subset(u.onlyFor ?? [], needs)
    && !(a.excludedUnits ?? []).includes(u.id);
}

/** Places that become free for admission on day t: freeNow (t = 0), departures, bookings' net change. */
function supplyOn(snap: Snapshot, u: Unit, t: number): number {
  const on = (date: string) => Math.max(0, dayIndex(snap.today, date)) === t;
  let n = t === 0 ? u.freeNow : 0;
  for (const d of u.departures) if (on(d.date)) n += d.count;
  for (const b of u.bookings ?? []) n += (on(b.to) ? b.count : 0) - (on(b.from) ? b.count : 0);
  return n;
}

interface Ctx {
  snap: Snapshot;
  b: MipBuilder;
  H: number;
  /** stock row of unit u on day t: admissions, bookings and stays that day against new places, with carries */
  stock: number[][];
  /** partner equality rows by `applicant index:unit index:day`, with the applicant's sign */
  partner: Map<string, { row: number; sign: number }>;
  /** index of the unit each applicant occupies now, or -1 */
  home: number[];
}

/**
 * The format's model (v1 or v2) written out in full with no reduction, into `b`. Per unit u and
 * day t a stock row: (admissions and interim stays on t) + carry(t) − carry(t−1) − releases on t
 * ≤ places new on t (freeNow on day 0, departures, minus bookings starting, plus bookings ending);
 * summed over days ≤ t that is capacity rule 3. Per applicant a, binaries per fitting unit and
 * day: x0 = final admission without an interim stay, y = interim stay, x1 = final admission after
 * one (a's "first admission" is x0 or y: at most one). x1 on day d needs y on a day < d (a carry
 * row per day); r[a,u,d] ≤ y in u and ≤ x1 on d (continuous, exact for binaries) releases the
 * guest's korttid bed on d + T, an occupant's x0 on d its home bed on d + T. Partners: equal x
 * per unit and day. Costs from cost.ts: final waiting and guarantee on x, overliggerdøgn on the
 * first admission, the unplaced day D = H + tailDays (H in v1) in the offset.
 */
export function buildReferenceModel(snap: Snapshot, b: MipBuilder): void {
  const H = snap.horizonDays;
  const stock = snap.units.map((u) => Array.from({ length: H }, (_, t) => b.row(-Infinity, supplyOn(snap, u, t))));
  for (const rows of stock) for (let t = 0; t + 1 < H; t++) b.col(0, [rows[t]!, rows[t + 1]!], [1, -1], false);
  const unitIndex = new Map(snap.units.map((u, i) => [u.id, i]));
  const home = snap.applicants.map((a) => (a.location.type === 'unit' ? (unitIndex.get(a.location.unitId) ?? -1) : -1));
  const ctx: Ctx = { snap, b, H, stock, partner: partnerRows(snap, b), home };
  snap.applicants.forEach((a, ai) => addApplicant(ctx, a, ai));
}

/** One row x[a,u,d] − x[p,u,d] = 0 per couple, unit and day where either partner could be admitted. */
function partnerRows(snap: Snapshot, b: MipBuilder): Map<string, { row: number; sign: number }> {
  const index = new Map(snap.applicants.map((a, i) => [a.id, i]));
  const rows = new Map<string, { row: number; sign: number }>();
  if (b.countOnly) return rows; // partner rows add no columns
  snap.applicants.forEach((a, ai) => {
    const pi = a.partnerId === undefined ? undefined : index.get(a.partnerId);
    if (pi === undefined || pi < ai) return;
    const p = snap.applicants[pi]!;
    const s = Math.min(readyOf(snap, a), readyOf(snap, p));
    snap.units.forEach((u, ui) => {
      if (!finalFits(a, u) && !finalFits(p, u)) return;
      for (let d = s; d < snap.horizonDays; d++) {
        const row = b.row(0, 0);
        rows.set(`${ai}:${ui}:${d}`, { row, sign: 1 });
        rows.set(`${pi}:${ui}:${d}`, { row, sign: -1 });
      }
    });
  });
  return rows;
}

const readyOf = (snap: Snapshot, a: Applicant) => Math.max(0, dayCostTerms(snap, a).ready);

function addApplicant(ctx: Ctx, a: Applicant, ai: number): void {
  const { snap, b, H } = ctx;
  const t = dayCostTerms(snap, a);
  const s = Math.max(0, t.ready);
  const D = unplacedDay(snap);
  b.offset += finalDayCost(t, D) + overliggerCost(t, D);
  const first = b.row(-Infinity, 1);
  const finals = snap.units.map((u, ui) => [u, ui] as const).filter(([u]) => finalFits(a, u));
  const none = finalDayCost(t, D) + overliggerCost(t, D);
  for (const [u, ui] of finals) {
    for (let d = s; d < H; d++) {
      const [rows, vals] = finalEntries(ctx, ai, ui, d);
      b.col(finalDayCost(t, d) + overliggerCost(t, d) + preferenceCost(snap, a, u.id) - none, [first, ...rows], [1, ...vals], true);
    }
  }
  if (a.interim !== undefined && s < H) addInterim(ctx, a, ai, t, first, finals);
}

/** Stock, home-release and partner entries of a final admission of applicant ai to unit ui on day d. */
function finalEntries(ctx: Ctx, ai: number, ui: number, d: number): [number[], number[]] {
  const rows = [ctx.stock[ui]![d]!];
  const vals = [1];
  const T = ctx.snap.turnaroundDays;
  const hi = ctx.home[ai]!;
  if (hi >= 0 && d + T < ctx.H) (rows.push(ctx.stock[hi]![d + T]!), vals.push(-1));
  const p = ctx.partner.get(`${ai}:${ui}:${d}`);
  if (p) (rows.push(p.row), vals.push(p.sign));
  return [rows, vals];
}

/** y (interim stays), x1 (final admissions after one), the e < d carry rows and the guest releases r. */
function addInterim(ctx: Ctx, a: Applicant, ai: number, t: DayCostTerms, first: number, finals: (readonly [Unit, number])[]): void {
  const { snap, b, H, stock } = ctx;
  const T = snap.turnaroundDays;
  const s = Math.max(0, t.ready);
  const D = unplacedDay(snap);
  const after = Array.from({ length: H }, (_, d) => (d > s ? b.row(-Infinity, 0) : -1));
  for (let d = s + 1; d + 1 < H; d++) b.col(0, [after[d]!, after[d + 1]!], [1, -1], false);
  const pairs = Array.from({ length: H }, (_, d) => (d > s && d + T < H ? b.row(-Infinity, 0) : -1));
  snap.units.forEach((u, ui) => {
    if (!interimFits(a, u)) return;
    const guest = b.row(-Infinity, 0);
    for (let e = s; e < H; e++) {
      const rows = [first, stock[ui]![e]!, guest, ...(e + 1 < H ? [after[e + 1]!] : [])];
      b.col(overliggerCost(t, e) - overliggerCost(t, D), rows, [1, 1, -1, -1].slice(0, rows.length), true);
    }
    for (let d = s + 1; d + T < H; d++) b.col(0, [stock[ui]![d + T]!, guest, pairs[d]!], [-1, 1, 1], false, 1);
  });
  for (const [u, ui] of finals) {
    for (let d = s + 1; d < H; d++) {
      const [rows, vals] = finalEntries(ctx, ai, ui, d);
      const link = pairs[d]! >= 0 ? [pairs[d]!] : [];
      b.col(finalDayCost(t, d) + preferenceCost(snap, a, u.id) - finalDayCost(t, D), [...rows, after[d]!, ...link], [...vals, 1, ...link.map(() => -1)], true);
    }
  }
}
