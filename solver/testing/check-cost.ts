import { computeCost, type PlanCost } from '../cost';
import type { Plan } from '../plan-types';
import type { Snapshot } from '../snapshot';

/** Money agrees to within 0.5 NOK (the format's tolerance); counts must agree exactly. */
const NOK_EPS = 0.5;

/**
 * The plan document of the snapshot's version: plan/2 with an `interimStays` array for v2,
 * plan/1 without one for v1; `snapshotToday` = today; a non-empty `why` on every entry.
 */
export function shapeViolations(snap: Snapshot, plan: Plan): string[] {
  const out: string[] = [];
  const v2 = snap.format === 'plassplan.snapshot/2';
  if (plan.format !== (v2 ? 'plassplan.plan/2' : 'plassplan.plan/1')) out.push(`format ${plan.format} for ${snap.format}`);
  if (v2 !== Array.isArray(plan.interimStays)) out.push(v2 ? 'v2 plan without interimStays' : 'v1 plan with interimStays');
  if (plan.snapshotToday !== snap.today) out.push(`snapshotToday ${plan.snapshotToday} is not ${snap.today}`);
  for (const x of [...plan.admissions, ...(plan.interimStays ?? []), ...plan.unplaced]) {
    if (typeof x.why !== 'string' || x.why.trim() === '') out.push(`${x.applicantId}: empty why`);
  }
  return out;
}

/**
 * The reported cost is cost.ts's `computeCost` of exactly this plan (the only cost
 * implementation), and total = the sum of its parts.
 */
export function costViolations(snap: Snapshot, plan: Plan): string[] {
  let want: PlanCost;
  try {
    want = computeCost(snap, plan.admissions, plan.interimStays ?? []);
  } catch (e) {
    return [`cost not computable: ${(e as Error).message}`];
  }
  const got = plan.cost;
  const out: string[] = [];
  const money: [string, number, number][] = [
    ['total', got.total, want.total], ['waitingNok', got.waitingNok, want.waitingNok],
    ['overliggerdogn.nok', got.overliggerdogn.nok, want.overliggerdogn.nok],
    ['guarantee.nok', got.guarantee.nok, want.guarantee.nok], ['preferenceNok', got.preferenceNok, want.preferenceNok],
  ];
  for (const [name, g, w] of money) if (!(Math.abs(g - w) <= NOK_EPS)) out.push(`cost.${name} ${g}, recomputed ${w}`);
  const counts: [string, unknown, unknown][] = [
    ['overliggerdogn.days', got.overliggerdogn.days, want.overliggerdogn.days], ['guarantee.breaches', got.guarantee.breaches, want.guarantee.breaches],
    ['guarantee.lateDays', got.guarantee.lateDays, want.guarantee.lateDays], ['interimStays', got.interimStays, want.interimStays],
  ];
  for (const [name, g, w] of counts) if (g !== w) out.push(`cost.${name} ${String(g)}, recomputed ${String(w)}`);
  const parts = got.waitingNok + got.overliggerdogn.nok + got.guarantee.nok + got.preferenceNok;
  if (!(Math.abs(got.total - parts) <= NOK_EPS)) out.push(`cost.total ${got.total} is not the sum of its parts ${parts}`);
  return out;
}

/** `bound` is finite and ≤ total; status optimal ⇒ bound = total (to within 0.5 NOK). */
export function solverViolations(plan: Plan): string[] {
  const { status, bound } = plan.solver;
  const total = plan.cost.total;
  const out: string[] = [];
  if (!['optimal', 'feasible', 'timedout'].includes(status)) out.push(`unknown status ${status}`);
  if (!Number.isFinite(bound)) out.push(`bound ${bound} is not finite`);
  if (bound > total + NOK_EPS) out.push(`bound ${bound} above total ${total}`);
  if (status === 'optimal' && !(Math.abs(total - bound) <= NOK_EPS)) out.push(`status optimal with bound ${bound} ≠ total ${total}`);
  return out;
}
