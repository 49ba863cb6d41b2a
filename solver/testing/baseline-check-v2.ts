import type { Plan, PlanAdmission } from '../plan-types';
import type { Applicant, Snapshot, Unit } from '../snapshot';

const DAY = 86_400_000;
const day = (today: string, iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY;
const has = (tags: readonly string[], needs: readonly string[]) => needs.every((t) => tags.includes(t));

/**
 * Independent checker of the v2 hard rules (../shared/planning-snapshot.md, "The model (v2)"),
 * written from the spec apart from the planner, for the baseline's tests: every applicant once,
 * rule 1 (days, interim before final), rule 2 (final and interim units), rule 3 (capacity with
 * bookings and the chain releases of occupants and interim guests), rule 4 (partners).
 * @returns the violations found, empty when the plan keeps every rule
 */
export function v2RuleViolations(snap: Snapshot, plan: Plan): string[] {
  const out: string[] = [];
  const listed = [...plan.admissions, ...plan.unplaced].map((x) => x.applicantId).sort();
  if (listed.join() !== snap.applicants.map((a) => a.id).sort().join()) out.push('applicants not listed exactly once');
  const stays = plan.interimStays ?? [];
  if (new Set(stays.map((x) => x.applicantId)).size !== stays.length) out.push('two interim stays of one applicant');
  const final = new Map(plan.admissions.map((x) => [x.applicantId, x]));
  const interim = new Map(stays.map((x) => [x.applicantId, x]));
  for (const x of plan.admissions) out.push(...admissionViolations(snap, x, interim.get(x.applicantId), false));
  for (const x of stays) out.push(...admissionViolations(snap, x, final.get(x.applicantId), true));
  out.push(...capacityViolations(snap, final, interim));
  for (const a of snap.applicants) {
    const b = a.partnerId === undefined ? undefined : final.get(a.partnerId);
    const x = final.get(a.id);
    if (a.partnerId !== undefined && (x?.unitId !== b?.unitId || x?.date !== b?.date)) out.push(`${a.id}: not together with ${a.partnerId}`);
  }
  return out;
}

/** Ready day s of the spec: max(0, earliestDate, dischargeReadyDate for hospital patients). */
export function readyOf(snap: Snapshot, a: Applicant): number {
  let s = 0;
  if (a.earliestDate) s = Math.max(s, day(snap.today, a.earliestDate));
  if (a.location.type === 'hospital') s = Math.max(s, day(snap.today, a.location.dischargeReadyDate));
  return s;
}

/** Rules 1 and 2 for one final admission (`other` its interim stay) or one interim stay (`other` its final admission). */
function admissionViolations(snap: Snapshot, x: PlanAdmission, other: PlanAdmission | undefined, isInterim: boolean): string[] {
  const a = snap.applicants.find((p) => p.id === x.applicantId);
  const u = snap.units.find((v) => v.id === x.unitId);
  if (!a || !u) return [`unknown ids in ${JSON.stringify(x)}`];
  const out: string[] = [];
  const d = day(snap.today, x.date);
  const s = readyOf(snap, a);
  if (!(d >= s && d <= snap.horizonDays - 1)) out.push(`${a.id}: day ${d} outside [${s}, ${snap.horizonDays - 1}]`);
  if (isInterim && other && !(d < day(snap.today, other.date))) out.push(`${a.id}: interim stay not before the final admission`);
  const needs = isInterim ? a.interim?.requires : a.requires;
  if (needs === undefined) return [...out, `${a.id}: interim stay without interim`];
  if (u.kind !== (isInterim ? 'korttid' : a.kind)) out.push(`${a.id}: wrong kind in ${u.id}`);
  if (!has(u.tags, needs)) out.push(`${a.id}: ${u.id} lacks a tag`);
  if (!has(needs, u.onlyFor ?? [])) out.push(`${a.id}: ${u.id} is only for others`);
  if ((a.excludedUnits ?? []).includes(u.id)) out.push(`${a.id}: excluded unit ${u.id}`);
  if (!isInterim && a.location.type === 'unit' && a.location.unitId === u.id) out.push(`${a.id}: own unit`);
  return out;
}

function capacityViolations(snap: Snapshot, final: Map<string, PlanAdmission>, interim: Map<string, PlanAdmission>): string[] {
  const out: string[] = [];
  const finalDay = (id: string) => (final.has(id) ? day(snap.today, final.get(id)!.date) : Infinity);
  for (const u of snap.units) {
    for (let t = 0; t < snap.horizonDays; t++) {
      const held = countIn(snap, [...final.values()], u, t) + countIn(snap, [...interim.values()], u, t) + booked(snap, u, t);
      let cap = u.freeNow + u.departures.filter((x) => day(snap.today, x.date) <= t).reduce((n, x) => n + x.count, 0);
      for (const a of snap.applicants) {
        const moved = finalDay(a.id) <= t - snap.turnaroundDays;
        if (moved && a.location.type === 'unit' && a.location.unitId === u.id) cap++;
        if (moved && interim.get(a.id)?.unitId === u.id) cap++;
      }
      if (held > cap) out.push(`${u.id} day ${t}: ${held} held > ${cap} places`);
    }
  }
  return out;
}

function countIn(snap: Snapshot, list: PlanAdmission[], u: Unit, t: number): number {
  return list.filter((x) => x.unitId === u.id && day(snap.today, x.date) <= t).length;
}

function booked(snap: Snapshot, u: Unit, t: number): number {
  return (u.bookings ?? []).filter((b) => day(snap.today, b.from) <= t && t < day(snap.today, b.to)).reduce((n, b) => n + b.count, 0);
}
