import { dayCostParts, dayCostTerms, preferenceCost, unplacedDay } from '../cost';
import type { Applicant, Snapshot, Unit } from '../snapshot';
import { readyOf } from './check-days';

/** slack[u][t] += delta for every day t ≥ from (of the horizon). */
export interface Span { unit: number; from: number; delta: number }

/** One applicant's decision: final (unit, day) and interim (unit, day), each or none (-1). */
export interface Pick { applicant: number; unit: number; day: number; interimUnit: number; interimDay: number }

/** One choice of a group (one applicant, or a couple jointly): its cost and effect on places. */
export interface Choice { cost: number; spans: Span[]; picks: Pick[] }

const NONE = -1;

/** Rule 2, final admission (written apart from rules.ts). */
function fitsFinal(a: Applicant, u: Unit): boolean {
  return u.kind === a.kind && a.requires.every((t) => u.tags.includes(t)) && (u.onlyFor ?? []).every((t) => a.requires.includes(t)) &&
    !(a.excludedUnits ?? []).includes(u.id) && !(a.location.type === 'unit' && a.location.unitId === u.id);
}

/** Rule 2, interim stay. */
function fitsInterim(a: Applicant, u: Unit): boolean {
  const needs = a.interim?.requires;
  return needs !== undefined && u.kind === 'korttid' && needs.every((t) => u.tags.includes(t)) &&
    (u.onlyFor ?? []).every((t) => needs.includes(t)) && !(a.excludedUnits ?? []).includes(u.id);
}

/** Index of the unit applicant `a` occupies now, or -1. */
export function homeOf(snap: Snapshot, a: Applicant): number {
  return a.location.type === 'unit' ? snap.units.findIndex((u) => u.id === (a.location as { unitId: string }).unitId) : NONE;
}

/** Optimistic release of an occupant not yet decided: its bed back from s + T (it can move no earlier). */
export function optimisticRelease(snap: Snapshot, a: Applicant): Span | undefined {
  const h = homeOf(snap, a);
  return h < 0 ? undefined : { unit: h, from: readyOf(snap, a) + snap.turnaroundDays, delta: 1 };
}

/** Cost (cost.ts day-cost helpers) and place spans of one applicant's pick. */
function pickChoice(snap: Snapshot, i: number, unit: number, day: number, interimUnit: number, interimDay: number): Choice {
  const a = snap.applicants[i]!;
  const final = unit === NONE ? unplacedDay(snap) : day;
  const p = dayCostParts(dayCostTerms(snap, a), final, interimUnit === NONE ? final : interimDay);
  const pref = unit === NONE ? 0 : preferenceCost(snap, a, snap.units[unit]!.id);
  const spans: Span[] = [];
  const T = snap.turnaroundDays;
  if (unit !== NONE) spans.push({ unit, from: day, delta: -1 });
  const opt = optimisticRelease(snap, a);
  if (opt) {
    spans.push({ ...opt, delta: -1 });
    if (unit !== NONE) spans.push({ unit: opt.unit, from: day + T, delta: 1 });
  }
  if (interimUnit !== NONE) {
    spans.push({ unit: interimUnit, from: interimDay, delta: -1 });
    if (unit !== NONE) spans.push({ unit: interimUnit, from: day + T, delta: 1 });
  }
  return { cost: p.waitingNok + p.overliggerNok + p.guaranteeNok + pref, spans, picks: [{ applicant: i, unit, day, interimUnit, interimDay }] };
}

/** Every (unit, day) with s ≤ day ≤ H-1 where `fits`, plus none. */
function slots(snap: Snapshot, a: Applicant, fits: (u: Unit) => boolean, from = readyOf(snap, a)): [number, number][] {
  const out: [number, number][] = [[NONE, NONE]];
  snap.units.forEach((u, ui) => {
    if (fits(u)) for (let d = Math.max(0, from); d < snap.horizonDays; d++) out.push([ui, d]);
  });
  return out;
}

/** Every choice of one applicant: final or none × interim or none, interim strictly before final. */
export function singleChoices(snap: Snapshot, i: number): Choice[] {
  const a = snap.applicants[i]!;
  const finals = slots(snap, a, (u) => fitsFinal(a, u));
  const interims = a.interim ? slots(snap, a, (u) => fitsInterim(a, u)) : [[NONE, NONE] as [number, number]];
  const out: Choice[] = [];
  for (const [u, d] of finals) {
    for (const [k, e] of interims) if (k === NONE || u === NONE || e < d) out.push(pickChoice(snap, i, u, d, k, e));
  }
  return out;
}

/** Every joint choice of partners i and j: the same unit on the same day, or both none (rule 4). */
export function coupleChoices(snap: Snapshot, i: number, j: number): Choice[] {
  const a = snap.applicants[i]!;
  const b = snap.applicants[j]!;
  const from = Math.max(readyOf(snap, a), readyOf(snap, b));
  return slots(snap, a, (u) => fitsFinal(a, u) && fitsFinal(b, u), from).map(([u, d]) => {
    const x = pickChoice(snap, i, u, d, NONE, NONE);
    const y = pickChoice(snap, j, u, d, NONE, NONE);
    return { cost: x.cost + y.cost, spans: [...x.spans, ...y.spans], picks: [...x.picks, ...y.picks] };
  });
}
