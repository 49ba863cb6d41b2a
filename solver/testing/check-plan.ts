import type { Plan } from '../plan-types';
import type { Applicant, Snapshot, Unit } from '../snapshot';
import { capacityViolations } from './check-capacity';
import { costViolations, shapeViolations, solverViolations } from './check-cost';
import { dayOf, readyOf, type Decisions } from './check-days';

/**
 * Independent checker of the format's hard rules (written from ../shared/planning-snapshot.md,
 * apart from the planner, for tests), v1 and v2: every applicant exactly once in admissions or
 * unplaced; interim stays (v2) only for applicants with `interim`, at most one each; rule 1 (days
 * in [s, H-1], interim before final); rule 2 (kind, tags, onlyFor, exclusions, not the own unit;
 * interim: korttid, interim.requires, onlyFor, exclusions); rule 3 (capacity per unit and day:
 * bookings, chain releases of occupants and interim guests); rule 4 (partners together or neither).
 * @returns the violations found, empty when the plan keeps every rule
 */
export function hardRuleViolations(snap: Snapshot, plan: Plan): string[] {
  const out: string[] = [];
  const people = new Map(snap.applicants.map((a) => [a.id, a]));
  const units = new Map(snap.units.map((u) => [u.id, u]));
  const listed = [...plan.admissions, ...plan.unplaced].map((x) => x.applicantId);
  const ids = snap.applicants.map((a) => a.id);
  if (listed.length !== ids.length || [...ids].sort().join('\u0000') !== [...listed].sort().join('\u0000')) out.push('applicants not listed exactly once');
  const decisions: Decisions = { final: new Map(), interim: new Map() };
  for (const x of plan.admissions) {
    const a = people.get(x.applicantId);
    const u = units.get(x.unitId);
    if (!a || !u) { out.push(`unknown ids in ${JSON.stringify(x)}`); continue; }
    const d = dayOf(snap.today, x.date);
    decisions.final.set(a.id, { unit: u.id, day: d });
    out.push(...finalViolations(snap, a, u, d));
  }
  const stays = plan.interimStays ?? [];
  for (const x of stays) {
    const a = people.get(x.applicantId);
    const u = units.get(x.unitId);
    if (!a || !u) { out.push(`unknown ids in interim ${JSON.stringify(x)}`); continue; }
    if (decisions.interim.has(a.id)) out.push(`${a.id}: more than one interim stay`);
    const e = dayOf(snap.today, x.date);
    decisions.interim.set(a.id, { unit: u.id, day: e });
    out.push(...interimViolations(snap, a, u, e, decisions.final.get(a.id)?.day));
  }
  out.push(...partnerViolations(snap, decisions), ...capacityViolations(snap, decisions));
  return out;
}

/** Rules 1 and 2 for a final admission of `a` to `u` on day `d`. */
function finalViolations(snap: Snapshot, a: Applicant, u: Unit, d: number): string[] {
  const out: string[] = [];
  const s = readyOf(snap, a);
  if (!(Number.isInteger(d) && d >= s && d <= snap.horizonDays - 1)) out.push(`${a.id}: day ${d} outside [${s}, ${snap.horizonDays - 1}]`);
  if (u.kind !== a.kind) out.push(`${a.id}: wrong kind`);
  if (a.requires.some((t) => !u.tags.includes(t))) out.push(`${a.id}: missing tag`);
  if ((u.onlyFor ?? []).some((t) => !a.requires.includes(t))) out.push(`${a.id}: ${u.id} is only for ${(u.onlyFor ?? []).join(', ')}`);
  if ((a.excludedUnits ?? []).includes(u.id)) out.push(`${a.id}: excluded unit`);
  if (a.location.type === 'unit' && a.location.unitId === u.id) out.push(`${a.id}: own unit`);
  return out;
}

/** Rules 1 and 2 for an interim stay of `a` in `u` on day `e` (final admission on day `d`, if any). */
function interimViolations(snap: Snapshot, a: Applicant, u: Unit, e: number, d: number | undefined): string[] {
  const out: string[] = [];
  if (!a.interim) return [`${a.id}: interim stay without an interim option`];
  const needs = a.interim.requires;
  const s = readyOf(snap, a);
  if (!(Number.isInteger(e) && e >= s && e <= snap.horizonDays - 1)) out.push(`${a.id}: interim day ${e} outside [${s}, ${snap.horizonDays - 1}]`);
  if (d !== undefined && !(e < d)) out.push(`${a.id}: interim day ${e} not before the final day ${d}`);
  if (u.kind !== 'korttid') out.push(`${a.id}: interim stay in a ${u.kind} unit`);
  if (needs.some((t) => !u.tags.includes(t))) out.push(`${a.id}: interim unit lacks a tag`);
  if ((u.onlyFor ?? []).some((t) => !needs.includes(t))) out.push(`${a.id}: interim in ${u.id}, only for ${(u.onlyFor ?? []).join(', ')}`);
  if ((a.excludedUnits ?? []).includes(u.id)) out.push(`${a.id}: interim in an excluded unit`);
  return out;
}

/** Rule 4: partners are finally admitted to the same unit on the same day, or neither is. */
function partnerViolations(snap: Snapshot, decisions: Decisions): string[] {
  const out: string[] = [];
  for (const a of snap.applicants) {
    if (a.partnerId === undefined || a.id > a.partnerId) continue;
    const x = decisions.final.get(a.id);
    const y = decisions.final.get(a.partnerId);
    const together = (!x && !y) || (x && y && x.unit === y.unit && x.day === y.day);
    if (!together) out.push(`partners ${a.id} and ${a.partnerId} not together (${JSON.stringify(x)} vs ${JSON.stringify(y)})`);
  }
  return out;
}

/**
 * Everything a plan must be: the hard rules, the plan shape of its version (plan/2 with
 * interimStays for v2, plan/1 without for v1, a `why` on every entry), the cost equal to
 * cost.ts's recomputation, and a sane solver (bound ≤ total, optimal ⇒ bound = total).
 */
export function planViolations(snap: Snapshot, plan: Plan): string[] {
  return [...shapeViolations(snap, plan), ...hardRuleViolations(snap, plan), ...costViolations(snap, plan), ...solverViolations(plan)];
}
