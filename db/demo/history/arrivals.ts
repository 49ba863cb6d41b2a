/**
 * What comes to the office each day: hospital patients (melding om innlagt pasient, then
 * utskrivningsklar), applications from home, and the people who apply for a long-term
 * place while on a korttid stay.
 */
import { addDays, isWeekday } from '../../dates.ts';
import type { Queue } from '../institutions.ts';
import type { Random } from '../random.ts';
import { CASEWORKERS } from './config.ts';
import type { MadePerson } from './persons.ts';
import type { Origin, PlaceKind } from './types.ts';
import { schedule, setOf, type World } from './world.ts';

const AGES: Record<Queue, readonly [number, number]> = {
  korttid: [67, 97], langtid: [72, 99], 'psykisk-helse': [22, 60], rop: [24, 55], utviklingshemming: [19, 45], 'barn-unge': [12, 17],
};

/** Number of events today for a yearly rate (Poisson). */
export function poisson(random: Random, perYear: number): number {
  const limit = Math.exp(-perYear / 365);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

/** The first weekday on or after `day`. */
export function onWeekday(day: string): string {
  let d = day;
  while (!isWeekday(d)) d = addDays(d, 1);
  return d;
}

/** Makes a new invented person aged within the range (whole years). */
export type MakePerson = (ages: readonly [number, number]) => MadePerson;

/** Adds a person to the history, registered today; returns the index. */
export function addPerson(world: World, made: MadePerson): number {
  return world.history.persons.push({ ...made, registeredOn: world.today, diedOn: null }) - 1;
}

const kindOf = (queue: Queue): PlaceKind => (queue === 'korttid' || queue === 'langtid' ? queue : 'bofellesskap');

function requiredTags(random: Random, queue: Queue): string[] {
  if (queue === 'korttid') return random.chance(0.22) ? ['rehabilitering'] : [];
  if (queue === 'langtid') return random.chance(0.2) ? ['skjermet'] : [];
  return [queue];
}

/** Days from received to vedtak: mostly within the office's targets (14 korttid, 30 langtid), some not. */
function processingDays(random: Random, kind: PlaceKind, origin: Origin): number {
  if (origin === 'hospital') return random.int(0, 2);
  if (kind === 'korttid') return random.chance(0.9) ? random.int(1, 12) : random.int(13, 24);
  if (kind === 'langtid') return random.chance(0.85) ? random.int(6, 28) : random.int(29, 45);
  return random.int(14, 45);
}

/** Registers an application received on `received`; its vedtak (and a foreløpig svar if late) are scheduled. */
export function receiveApplication(world: World, person: number, queue: Queue, origin: Origin, received: string): number {
  const { random } = world;
  const kind = kindOf(queue);
  const application = world.history.applications.push({
    person, queue, kind, requiredTags: requiredTags(random, queue), origin, receivedDate: received,
    caseworker: random.int(0, CASEWORKERS.length - 1), outcome: null, decisionDate: null, priority: null, guaranteeDate: null,
    interimAllowed: kind === 'langtid', appealRegime: kind === 'bofellesskap' ? 'lokal' : 'statsforvalteren', closedOn: null,
  }) - 1;
  const decision = onWeekday(addDays(received, processingDays(random, kind, origin)));
  schedule(world, received, { type: 'receive', application });
  schedule(world, decision, { type: 'decide', application });
  // A case not answered within a month needs a provisional reply (forvaltningsloven § 11 a).
  if (decision > addDays(received, 28)) {
    schedule(world, onWeekday(addDays(received, random.int(18, 24))), { type: 'provisional', application, expectedBy: decision });
  }
  return application;
}

/** The day's new hospital patients and applications from home. */
export function arriveToday(world: World, makePerson: MakePerson): void {
  const { random, config, today } = world;
  for (let n = poisson(random, config.hospitalPatientsPerYear); n > 0; n--) {
    const person = addPerson(world, makePerson(AGES.korttid));
    const ready = addDays(today, random.int(1, 9));
    const toInstitution = random.chance(config.hospitalToInstitutionShare);
    const hospital = world.history.hospitalStays.push({
      person, admittedDate: today, dischargeReadyDate: ready, destination: toInstitution ? 'institution' : 'home', endedDate: null, endedReason: null,
    }) - 1;
    world.hospitalOf.set(person, hospital);
    schedule(world, ready, { type: 'ready', hospital });
    if (toInstitution) {
      const queue: Queue = random.chance(config.hospitalLangtidShare) ? 'langtid' : 'korttid';
      // The office hears of the need with the notice of discharge, mostly that day, at most two days before.
      const received = addDays(ready, -random.pick([0, 0, 0, 1, 1, 2]));
      receiveApplication(world, person, queue, 'hospital', received < today ? today : received);
    }
  }
  const fromHome: [Queue, number][] = [
    ['korttid', config.homeKorttidPerYear], ['langtid', config.homeLangtidPerYear],
    ...(Object.entries(config.bofellesskapPerYear) as [Queue, number][]),
  ];
  for (const [queue, perYear] of fromHome) {
    for (let n = poisson(random, perYear); n > 0; n--) {
      receiveApplication(world, addPerson(world, makePerson(AGES[queue])), queue, 'home', today);
    }
  }
}

/** Marks an application received: from now on it is an open case of the person. */
export function markReceived(world: World, application: number): void {
  setOf(world.openApplications, world.history.applications[application]!.person).add(application);
}
