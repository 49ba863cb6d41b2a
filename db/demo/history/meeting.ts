/**
 * The weekly tildelingsmøte: a plassplan.snapshot/2 of the simulated state goes to the real
 * planner (solver/), and the meeting accepts the proposals for the coming week (a few it
 * turns down). Proposals further ahead are left to next week's run, as at a real meeting.
 */
import { addDays } from '../../dates.ts';
import { type Applicant, planSnapshot, validateSnapshot } from '../../../solver/index.ts';
import { fits, rejectProposal, reserve } from './placement.ts';
import { entriesWithPending, freeBeds, type World } from './world.ts';

const applicantId = (entry: number) => `E${entry}`;
const entryOf = (id: string) => Number(id.slice(1));

/** The snapshot the meeting's run sees today (exchange format v2, defaults left to the validator). */
export function buildSimSnapshot(world: World): Record<string, unknown> {
  const { today, history, config } = world;
  const horizonEnd = addDays(today, config.horizonDays);
  const units = [...world.units.values()].map((u) => {
    let surplus = freeBeds(world, u.code);
    const ends = new Map<string, number>();
    for (const s of [...(world.occupants.get(u.code) ?? [])].map((i) => history.unitStays[i]!).sort((x, y) => (x.plannedEnd ?? '').localeCompare(y.plannedEnd ?? ''))) {
      if (!s.plannedEnd || s.plannedEnd <= today || s.plannedEnd > horizonEnd) continue;
      // Reservations beyond today's free beds wait for the first departures.
      if (surplus < 0) { surplus++; continue; }
      ends.set(s.plannedEnd, (ends.get(s.plannedEnd) ?? 0) + 1);
    }
    return {
      id: u.code, kind: u.kind, tags: u.tags, onlyFor: u.onlyFor, beds: u.beds - u.respiteBeds, freeNow: Math.max(0, surplus),
      departures: [...ends].map(([date, count]) => ({ date, count })), bookings: [],
    };
  });
  const pending = entriesWithPending(world);
  const applicants = history.entries.flatMap((e, index): Applicant[] => {
    if (e.status !== 'waiting' || pending.has(index)) return [];
    const app = history.applications[e.application]!;
    const base = {
      id: applicantId(index), kind: e.kind, requires: app.requiredTags, priority: app.priority!,
      decisionDate: app.decisionDate!, guaranteeDate: app.guaranteeDate!,
    };
    const interim = app.interimAllowed && e.kind !== 'korttid' ? { interim: { requires: [] } } : {};
    const hospital = world.hospitalOf.get(e.person);
    if (hospital !== undefined) {
      const ready = history.hospitalStays[hospital]!.dischargeReadyDate;
      return ready > today ? [] : [{ ...base, location: { type: 'hospital' as const, dischargeReadyDate: ready }, ...interim }];
    }
    const stay = world.stayOf.get(e.person);
    const earliest = e.earliestDate && e.earliestDate > today ? { earliestDate: e.earliestDate } : {};
    if (stay !== undefined) return [{ ...base, ...earliest, location: { type: 'unit' as const, unitId: history.unitStays[stay]!.unit } }];
    return [{ ...base, ...earliest, location: { type: 'home' as const }, ...interim }];
  }).filter((a) => [...world.units.values()].some((u) => fits(u, a.kind, a.requires)));
  return { format: 'plassplan.snapshot/2', today, horizonDays: config.horizonDays, turnaroundDays: 1, tailDays: 14, units, applicants };
}

/** Holds today's meeting: one planning run, and the week's proposals accepted or rejected. */
export async function holdMeeting(world: World): Promise<void> {
  const { today, history, random, config } = world;
  const validated = validateSnapshot(buildSimSnapshot(world));
  if (!validated.ok) throw new Error(`history: invalid snapshot on ${today}: ${validated.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  const started = performance.now();
  const plan = await planSnapshot(validated.snapshot);
  const run = history.planningRuns.push({
    on: today, applicants: validated.snapshot.applicants.length, admissions: plan.admissions.length,
    interimStays: plan.interimStays?.length ?? 0, unplaced: plan.unplaced.length, status: plan.solver.status,
    engine: plan.solver.name, millis: Math.round(performance.now() - started), costNok: Math.round(plan.cost.total),
    snapshot: validated.snapshot, plan,
  }) - 1;
  const meeting = history.meetings.push({ weekStart: addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7)), heldOn: today, run }) - 1;
  const weekEnd = addDays(today, 6);
  const finals = new Set(plan.admissions.map((a) => a.applicantId));
  for (const [list, interim] of [[plan.admissions, false], [plan.interimStays ?? [], true]] as const) {
    for (const p of list) {
      if (p.date > weekEnd) continue;
      // An interim stay ending in a final admission this week is not worth the move.
      if (interim && finals.has(p.applicantId) && plan.admissions.find((a) => a.applicantId === p.applicantId)!.date <= weekEnd) continue;
      const input = { entry: entryOf(p.applicantId), unit: p.unitId, date: p.date < today ? today : p.date, meeting, run, reason: p.why };
      if (!interim && random.chance(config.meetingRejectShare)) rejectProposal(world, input, 'Møtet valgte en annen løsning etter samtale med pårørende');
      else reserve(world, { ...input, interim });
    }
  }
}
