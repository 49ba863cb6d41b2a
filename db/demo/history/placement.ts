/**
 * Places: reserving one for an entry, carrying the admission out on its day, and the
 * coordinator's daily answer to the hospital (a discharge-ready patient with a korttid
 * vedtak goes into a free korttid bed the same working day, as the offices describe it).
 */
import { addDays } from '../../dates.ts';
import type { SimUnit } from './types.ts';
import { cancelAllocation, entriesWithPending, freeBeds, isAlive, moveIn, schedule, setEntryStatus, type World } from './world.ts';

/** Whether a unit can take a person with these needs (its tags, and its «kun for»). */
export const fits = (unit: SimUnit, kind: SimUnit['kind'], required: readonly string[]) =>
  unit.kind === kind && required.every((t) => unit.tags.includes(t)) && unit.onlyFor.every((t) => required.includes(t));

/** What a reservation needs: whose, where, when, and why (the planner's sentence or the coordinator's). */
export interface ReserveInput {
  entry: number;
  unit: string;
  date: string;
  meeting: number | null;
  run: number | null;
  reason: string;
  interim: boolean;
}

/** Reserves a place from today for an admission on `date` (today or later). */
export function reserve(world: World, input: ReserveInput): number {
  const allocation = world.history.allocations.push({
    ...input, status: 'reserved', proposedOn: world.today, decidedOn: world.today,
  }) - 1;
  let set = world.pending.get(input.unit);
  if (!set) world.pending.set(input.unit, (set = new Set()));
  set.add(allocation);
  if (!input.interim) setEntryStatus(world, input.entry, 'reserved', null);
  schedule(world, input.date, { type: 'admit', allocation, tries: 0 });
  return allocation;
}

/** Records a proposal the meeting turned down. */
export function rejectProposal(world: World, input: Omit<ReserveInput, 'interim'>, reason: string): void {
  world.history.allocations.push({ ...input, reason, interim: false, status: 'rejected', proposedOn: world.today, decidedOn: world.today });
}

/** korttid stay length in days: longer after hospital. */
const korttidDays = (world: World, fromHospital: boolean) => (fromHospital ? world.random.int(14, 44) : world.random.int(8, 32));

/**
 * Admits on the allocation's day. A bed still taken (a departure came late) waits a day, up
 * to five; then the reservation is cancelled and the person is back on the list.
 */
export function admit(world: World, allocation: number, tries: number): void {
  const a = world.history.allocations[allocation]!;
  if (a.status !== 'reserved') return;
  const entry = world.history.entries[a.entry]!;
  if (!isAlive(world, entry.person)) return;
  const unit = world.units.get(a.unit)!;
  if ((world.occupants.get(a.unit)?.size ?? 0) >= unit.beds - unit.respiteBeds) {
    if (tries < 5) schedule(world, addDays(world.today, 1), { type: 'admit', allocation, tries: tries + 1 });
    else cancelAllocation(world, allocation, 'Plassen ble ikke ledig som ventet');
    return;
  }
  world.pending.get(a.unit)!.delete(allocation);
  a.status = 'admitted';
  a.decidedOn = world.today;
  const fromHospital = world.hospitalOf.has(entry.person);
  if (a.interim) {
    moveIn(world, entry.person, a.unit, allocation, null);
    return;
  }
  setEntryStatus(world, a.entry, 'admitted', null);
  const plannedEnd = entry.kind === 'korttid' ? addDays(world.today, korttidDays(world, fromHospital)) : null;
  const stay = moveIn(world, entry.person, a.unit, allocation, plannedEnd);
  if (plannedEnd) {
    schedule(world, plannedEnd, { type: 'plannedEnd', stay });
    if (world.random.chance(world.config.korttidToLangtidChance)) {
      schedule(world, addDays(world.today, world.random.int(4, Math.max(4, world.random.int(5, 12)))), { type: 'langtidApplication', person: entry.person });
    }
  }
}

/** Discharge-ready patients with a korttid vedtak (or langtid with interim allowed), longest ready first. */
export function receiveFromHospital(world: World): void {
  const pending = entriesWithPending(world);
  const candidates = [...world.hospitalOf].flatMap(([person, h]) => {
    const ready = world.history.hospitalStays[h]!.dischargeReadyDate;
    if (ready > world.today) return [];
    const entry = [...(world.activeEntries.get(person) ?? [])].find((e) => world.history.entries[e]!.status === 'waiting');
    return entry === undefined || pending.has(entry) ? [] : [{ person, entry, ready }];
  }).sort((x, y) => x.ready.localeCompare(y.ready) || x.person - y.person);
  for (const c of candidates) {
    const entry = world.history.entries[c.entry]!;
    const app = world.history.applications[entry.application]!;
    const interim = entry.kind !== 'korttid';
    if (interim && !app.interimAllowed) continue;
    const required = interim ? [] : app.requiredTags;
    const options = [...world.units.values()].filter((u) => fits(u, 'korttid', required) && freeBeds(world, u.code) > 0)
      .sort((x, y) => freeBeds(world, y.code) - freeBeds(world, x.code) || x.code.localeCompare(y.code));
    const unit = options[0];
    if (!unit) continue;
    const allocation = reserve(world, { entry: c.entry, unit: unit.code, date: world.today, meeting: null, run: null, interim,
      reason: interim ? 'Korttid i påvente av langtidsplass, rett fra sykehus' : 'Tatt imot fra sykehus samme dag' });
    admit(world, allocation, 0);
  }
}
