import { computeCost } from '../cost';
import { dateOfDay } from '../days';
import type { Plan, PlanAdmission } from '../plan-types';
import type { Applicant, Snapshot, Unit } from '../snapshot';
import { readyOf, v2RuleViolations } from './baseline-check-v2';

interface Choice {
  admissions: PlanAdmission[];
  interim: PlanAdmission[];
  cost: number;
}

const fits = (u: Unit, needs: readonly string[], a: Applicant) =>
  needs.every((t) => u.tags.includes(t)) && (u.onlyFor ?? []).every((t) => needs.includes(t)) && !(a.excludedUnits ?? []).includes(u.id);

/**
 * Least cost of a v2 snapshot by enumerating every applicant's (and every couple's) choices —
 * unplaced, or a unit and day, each with or without an interim stay on an earlier day — with
 * cost pruning; the hard rules are checked on complete plans by the independent checker. For
 * tiny snapshots only (≤ 4 people, ≤ 3 units, ≤ 4 days).
 */
export function bruteForceV2(snap: Snapshot): number {
  const groups = groupsOf(snap);
  const options = groups.map((g) => groupChoices(snap, g).sort((x, y) => x.cost - y.cost));
  const chosen: Choice[] = [];
  let best = Infinity;
  const dfs = (i: number, partial: number) => {
    if (partial >= best) return;
    if (i === options.length) {
      if (v2RuleViolations(snap, planOf(snap, chosen)).length === 0) best = partial;
      return;
    }
    for (const o of options[i]!) {
      chosen[i] = o;
      dfs(i + 1, partial + o.cost);
    }
    chosen.length = i;
  };
  dfs(0, 0);
  return best;
}

function groupsOf(snap: Snapshot): Applicant[][] {
  const seen = new Set<string>();
  const out: Applicant[][] = [];
  for (const a of snap.applicants) {
    if (seen.has(a.id)) continue;
    const b = snap.applicants.find((p) => p.id === a.partnerId && p.partnerId === a.id);
    const g = b ? [a, b] : [a];
    g.forEach((p) => seen.add(p.id));
    out.push(g);
  }
  return out;
}

function groupChoices(snap: Snapshot, g: Applicant[]): Choice[] {
  const H = snap.horizonDays;
  const at = (a: Applicant, u: Unit, d: number): PlanAdmission => ({ applicantId: a.id, unitId: u.id, date: dateOfDay(snap.today, d), why: '-' });
  const s = Math.max(...g.map((a) => readyOf(snap, a)));
  const finals: { day: number; list: PlanAdmission[] }[] = [{ day: H, list: [] }];
  for (const u of snap.units) {
    if (!g.every((a) => u.kind === a.kind && fits(u, a.requires, a) && !(a.location.type === 'unit' && a.location.unitId === u.id))) continue;
    for (let d = s; d < H; d++) finals.push({ day: d, list: g.map((a) => at(a, u, d)) });
  }
  const out: Choice[] = [];
  for (const f of finals) {
    out.push({ admissions: f.list, interim: [], cost: 0 });
    const a = g[0]!;
    if (g.length > 1 || a.interim === undefined) continue;
    for (const u of snap.units) {
      if (u.kind !== 'korttid' || !fits(u, a.interim.requires, a)) continue;
      for (let e = s; e < Math.min(f.day, H); e++) out.push({ admissions: f.list, interim: [at(a, u, e)], cost: 0 });
    }
  }
  const alone = { ...snap, applicants: g };
  for (const c of out) c.cost = computeCost(alone, c.admissions, c.interim).total;
  return out;
}

function planOf(snap: Snapshot, chosen: Choice[]): Plan {
  const admissions = chosen.flatMap((c) => c.admissions);
  const placed = new Set(admissions.map((x) => x.applicantId));
  return {
    format: 'plassplan.plan/2',
    snapshotToday: snap.today,
    admissions,
    interimStays: chosen.flatMap((c) => c.interim),
    unplaced: snap.applicants.filter((a) => !placed.has(a.id)).map((a) => ({ applicantId: a.id, why: '-' })),
    cost: computeCost(snap, []),
    solver: { name: 'brute force', status: 'optimal', bound: 0, millis: 0 },
  };
}
