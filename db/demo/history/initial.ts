/**
 * The municipality on the first simulated day: residents in (almost) every bed, each with
 * the application, vedtak and allocation that brought them there, a short waiting list,
 * and the respite guests of the units' respite beds for the whole history.
 */
import { addDays } from '../../dates.ts';
import type { Queue } from '../institutions.ts';
import { addPerson, type MakePerson } from './arrivals.ts';
import { CASEWORKERS } from './config.ts';
import type { PlaceKind, SimUnit } from './types.ts';
import { setOf, type World } from './world.ts';

const AGES: Record<PlaceKind, readonly [number, number]> = { korttid: [70, 95], langtid: [75, 99], bofellesskap: [20, 60] };

const queueOf = (unit: SimUnit): Queue => (unit.kind === 'bofellesskap' ? unit.tags[0] as Queue : unit.kind);

/** A case decided before the history starts; returns the entry. */
function pastCase(world: World, person: number, unit: SimUnit | null, kind: PlaceKind, decided: string, required: string[]): number {
  const { history, random } = world;
  const received = addDays(decided, -random.int(1, kind === 'korttid' ? 5 : 25));
  history.persons[person]!.registeredOn = received;
  const application = history.applications.push({
    person, queue: unit ? queueOf(unit) : kind as Queue, kind, requiredTags: required, origin: kind === 'korttid' ? 'hospital' : 'home',
    receivedDate: received, caseworker: random.int(0, CASEWORKERS.length - 1), outcome: kind === 'langtid' ? 'ventelistevedtak' : 'innvilget',
    decisionDate: decided, priority: kind === 'korttid' ? 1 : random.pick([1, 2, 2, 3] as const), guaranteeDate: addDays(decided, world.config.guaranteeDays[kind]),
    interimAllowed: kind === 'langtid', appealRegime: kind === 'bofellesskap' ? 'lokal' : 'statsforvalteren', closedOn: null,
  }) - 1;
  return history.entries.push({
    application, person, kind, createdOn: decided, earliestDate: null, status: 'waiting',
    changes: [{ on: decided, status: 'waiting', reason: null }],
  }) - 1;
}

/** A resident admitted `ago` days before the first day. */
function seedResident(world: World, makePerson: MakePerson, unit: SimUnit, ago: number, plannedEnd: string | null): void {
  const { history, random, today } = world;
  const from = addDays(today, -ago);
  const person = addPerson(world, makePerson(AGES[unit.kind]));
  const entry = pastCase(world, person, unit, unit.kind, addDays(from, -random.int(0, unit.kind === 'korttid' ? 2 : 60)), unit.onlyFor);
  const e = history.entries[entry]!;
  e.status = 'admitted';
  e.changes.push({ on: from, status: 'admitted', reason: null });
  const allocation = history.allocations.push({
    entry, unit: unit.code, date: from, status: 'admitted', meeting: null, run: null, proposedOn: addDays(from, -1), decidedOn: from,
    reason: 'Tildelt før historikken starter', interim: false,
  }) - 1;
  const stay = history.unitStays.push({ person, unit: unit.code, allocation, fromDate: from, toDate: null, endReason: null, plannedEnd }) - 1;
  setOf(world.occupants, unit.code).add(stay);
  world.stayOf.set(person, stay);
}

/** Fills the units and the waiting list as of `world.today` (the first day). */
export function seedInitialState(world: World, makePerson: MakePerson): void {
  const { random, today } = world;
  for (const unit of world.units.values()) {
    const beds = unit.beds - unit.respiteBeds;
    const residents = unit.kind === 'korttid' ? Math.round(beds * 0.8) : unit.kind === 'langtid' ? beds - 1 : beds;
    for (let i = 0; i < residents; i++) {
      if (unit.kind === 'korttid') {
        const end = addDays(today, random.int(1, 21));
        seedResident(world, makePerson, unit, random.int(1, 20), end);
        world.agenda.set(end, [...(world.agenda.get(end) ?? []), { type: 'plannedEnd', stay: world.history.unitStays.length - 1 }]);
      } else {
        seedResident(world, makePerson, unit, random.int(1, unit.kind === 'langtid' ? 1500 : 2500), null);
      }
    }
  }
  for (let i = 0; i < 12; i++) {
    const person = addPerson(world, makePerson(AGES.langtid));
    const entry = pastCase(world, person, null, 'langtid', addDays(today, -random.int(1, 50)), random.chance(0.25) ? ['skjermet'] : []);
    setOf(world.activeEntries, person).add(entry);
  }
  seedRespite(world, makePerson);
}

/** Four guests per respite bed, a week's stay every four weeks each, in turn. */
function seedRespite(world: World, makePerson: MakePerson): void {
  const { history, today } = world;
  for (const unit of world.units.values()) {
    for (let bed = 0; bed < unit.respiteBeds; bed++) {
      for (let guest = 0; guest < 4; guest++) {
        const person = addPerson(world, makePerson(AGES.korttid));
        const firstFrom = addDays(today, guest * 7);
        const stays: { from: string; to: string }[] = [];
        for (let from = firstFrom; addDays(from, 7) <= addDays(history.lastDay, 1); from = addDays(from, 28)) stays.push({ from, to: addDays(from, 7) });
        if (stays.length === 0) continue;
        history.respite.push({ person, unit: unit.code, stayDays: 7, everyWeeks: 4, firstFrom, lastDate: stays.at(-1)!.to, stays });
      }
    }
  }
}
