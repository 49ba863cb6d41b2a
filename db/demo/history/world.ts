/**
 * The simulation's mutable state: the history being written plus the indexes the day
 * loop needs (who is where, who waits, what is booked for which day). Every change of a
 * person's place goes through the few functions here, so the invariants (one place at a
 * time, capacity, nothing after death) have one home.
 */
import type { SimConfig } from './config.ts';
import type { Random } from '../random.ts';
import type { EntryStatus, History, HistUnitStay, SimUnit } from './types.ts';

/** Something due on a day; checked against the state when it comes due. */
export type Action =
  | { type: 'ready'; hospital: number }
  | { type: 'receive'; application: number }
  | { type: 'decide'; application: number }
  | { type: 'provisional'; application: number; expectedBy: string }
  | { type: 'plannedEnd'; stay: number }
  | { type: 'admit'; allocation: number; tries: number }
  | { type: 'langtidApplication'; person: number }
  | { type: 'appealReceive'; application: number }
  | { type: 'appealForward'; appeal: number }
  | { type: 'appealDecide'; appeal: number };

/** The state of the simulated office on `today`. */
export interface World {
  history: History;
  config: SimConfig;
  random: Random;
  /** A stream of its own for the office's reassessment of appeals, so it leaves the rest of the history as it was. */
  appealRandom: Random;
  today: string;
  units: Map<string, SimUnit>;
  agenda: Map<string, Action[]>;
  /** Open unit stay and hospital stay per person. */
  stayOf: Map<number, number>;
  hospitalOf: Map<number, number>;
  /** Open stays per unit (not respite). */
  occupants: Map<string, Set<number>>;
  /** Reserved, not yet admitted allocations per unit. */
  pending: Map<string, Set<number>>;
  /** Entries waiting or reserved, per person. */
  activeEntries: Map<number, Set<number>>;
  /** Applications received and not decided, per person. */
  openApplications: Map<number, Set<number>>;
  /** Appeals with nothing left to appeal when they came (casework.ts receiveAppeal); left out of the history at the end. */
  mootAppeals: Set<number>;
}

/** Schedules an action for a day (today or later). */
export function schedule(world: World, day: string, action: Action): void {
  const list = world.agenda.get(day);
  if (list) list.push(action);
  else world.agenda.set(day, [action]);
}

/** The set under `key`, created empty if missing. */
const setOf = <K, V>(map: Map<K, Set<V>>, key: K): Set<V> => {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
};

/** Whether the person has not died (yet). */
export const isAlive = (world: World, person: number) => world.history.persons[person]!.diedOn === null;

/** Beds of a unit free for a new admission today: staffed, not respite, not occupied, not reserved. */
export function freeBeds(world: World, unit: string): number {
  const u = world.units.get(unit)!;
  return u.beds - u.respiteBeds - setOf(world.occupants, unit).size - setOf(world.pending, unit).size;
}

/** Ends a unit stay today. */
export function endStay(world: World, stay: number, reason: NonNullable<HistUnitStay['endReason']>): void {
  const s = world.history.unitStays[stay]!;
  s.toDate = world.today;
  s.endReason = reason;
  world.occupants.get(s.unit)!.delete(stay);
  world.stayOf.delete(s.person);
}

/** Ends the person's open hospital stay today. */
export function leaveHospital(world: World, person: number, reason: 'institusjon' | 'hjem' | 'dod'): void {
  const index = world.hospitalOf.get(person);
  if (index === undefined) return;
  const stay = world.history.hospitalStays[index]!;
  stay.endedDate = world.today;
  stay.endedReason = reason;
  world.hospitalOf.delete(person);
}

/** Moves the person into a unit today, leaving hospital or their current stay. */
export function moveIn(world: World, person: number, unit: string, allocation: number | null, plannedEnd: string | null): number {
  leaveHospital(world, person, 'institusjon');
  const current = world.stayOf.get(person);
  if (current !== undefined) endStay(world, current, 'flyttet');
  const stay = world.history.unitStays.push({ person, unit, allocation, fromDate: world.today, toDate: null, endReason: null, plannedEnd }) - 1;
  setOf(world.occupants, unit).add(stay);
  world.stayOf.set(person, stay);
  return stay;
}

/** Changes an entry's status today; a final status takes it off the person's active entries. */
export function setEntryStatus(world: World, entry: number, status: EntryStatus, reason: string | null): void {
  const e = world.history.entries[entry]!;
  e.status = status;
  e.changes.push({ on: world.today, status, reason });
  if (status === 'waiting' || status === 'reserved') setOf(world.activeEntries, e.person).add(entry);
  else world.activeEntries.get(e.person)?.delete(entry);
}

/** Cancels a reserved allocation today and puts its entry back on the list (unless told otherwise). */
export function cancelAllocation(world: World, allocation: number, reason: string, entryStatus: EntryStatus | null = 'waiting'): void {
  const a = world.history.allocations[allocation]!;
  a.status = 'cancelled';
  a.decidedOn = world.today;
  a.reason = reason;
  world.pending.get(a.unit)?.delete(allocation);
  if (entryStatus && !a.interim) setEntryStatus(world, a.entry, entryStatus, reason);
}

/** The person dies today: every open stay, entry, allocation and application closes. */
export function die(world: World, person: number): void {
  world.history.persons[person]!.diedOn = world.today;
  const stay = world.stayOf.get(person);
  if (stay !== undefined) endStay(world, stay, 'dod');
  leaveHospital(world, person, 'dod');
  closeEverything(world, person, 'deceased', 'Død');
}

/** The person withdraws from every list today (or moves out of a bofellesskap). */
export function withdraw(world: World, person: number, reason: string): void {
  closeEverything(world, person, 'withdrawn', reason);
}

function closeEverything(world: World, person: number, status: 'deceased' | 'withdrawn', reason: string): void {
  for (const set of world.pending.values()) {
    for (const a of [...set]) {
      if (world.history.entries[world.history.allocations[a]!.entry]!.person === person) cancelAllocation(world, a, reason, null);
    }
  }
  for (const entry of [...(world.activeEntries.get(person) ?? [])]) setEntryStatus(world, entry, status, reason);
  for (const app of world.openApplications.get(person) ?? []) world.history.applications[app]!.closedOn = world.today;
  world.openApplications.delete(person);
}

/** Whether the person is tracked at all today (in a unit, in hospital, waiting or with an open case). */
export function isTracked(world: World, person: number): boolean {
  return world.stayOf.has(person) || world.hospitalOf.has(person)
    || (world.activeEntries.get(person)?.size ?? 0) > 0 || (world.openApplications.get(person)?.size ?? 0) > 0;
}

/** Entries with a reservation not yet carried out (final or interim). */
export function entriesWithPending(world: World): Set<number> {
  return new Set([...world.pending.values()].flatMap((set) => [...set].map((a) => world.history.allocations[a]!.entry)));
}

export { setOf };
