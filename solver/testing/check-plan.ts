import type { Plan } from '../plan-types';
import type { Snapshot } from '../snapshot';

const DAY = 86_400_000;
const day = (today: string, iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY;

/**
 * Independent checker of the format's hard rules (written apart from the planner, for tests):
 * every applicant exactly once, rule 1 (once, on a day in [s, H-1]), rule 2 (kind, tags,
 * exclusions, not the own unit), rule 3 (capacity per unit and day with the chain rule).
 * @returns the violations found, empty when the plan keeps every rule
 */
export function hardRuleViolations(snap: Snapshot, plan: Plan): string[] {
  const out: string[] = [];
  const H = snap.horizonDays;
  const listed = [...plan.admissions, ...plan.unplaced].map((x) => x.applicantId);
  const ids = snap.applicants.map((a) => a.id);
  if (listed.length !== ids.length || [...ids].sort().join() !== [...listed].sort().join()) out.push('applicants not listed exactly once');
  const dayOf = new Map<string, number>();
  for (const x of plan.admissions) {
    const a = snap.applicants.find((p) => p.id === x.applicantId);
    const u = snap.units.find((v) => v.id === x.unitId);
    if (!a || !u) { out.push(`unknown ids in ${JSON.stringify(x)}`); continue; }
    const d = day(snap.today, x.date);
    dayOf.set(a.id, d);
    let s = 0;
    if (a.earliestDate) s = Math.max(s, day(snap.today, a.earliestDate));
    if (a.location.type === 'hospital') s = Math.max(s, day(snap.today, a.location.dischargeReadyDate));
    if (!(d >= s && d <= H - 1)) out.push(`${a.id}: day ${d} outside [${s}, ${H - 1}]`);
    if (u.kind !== a.kind) out.push(`${a.id}: wrong kind`);
    if (a.requires.some((t) => !u.tags.includes(t))) out.push(`${a.id}: missing tag`);
    if ((a.excludedUnits ?? []).includes(u.id)) out.push(`${a.id}: excluded unit`);
    if (a.location.type === 'unit' && a.location.unitId === u.id) out.push(`${a.id}: own unit`);
  }
  for (const u of snap.units) {
    for (let t = 0; t < H; t++) {
      const used = plan.admissions.filter((x) => x.unitId === u.id && day(snap.today, x.date) <= t).length;
      let cap = u.freeNow + u.departures.filter((d) => day(snap.today, d.date) <= t).reduce((s, d) => s + d.count, 0);
      for (const a of snap.applicants) {
        const d = dayOf.get(a.id);
        if (a.location.type === 'unit' && a.location.unitId === u.id && d !== undefined && d <= t - snap.turnaroundDays) cap++;
      }
      if (used > cap) out.push(`${u.id} day ${t}: ${used} admissions > ${cap} places`);
    }
  }
  return out;
}
