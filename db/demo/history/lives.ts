/**
 * What happens to people without the office deciding it: they die, withdraw or move out;
 * korttid stays end as planned (unless the person waits for a long-term place); hospital
 * patients become discharge-ready and those going home leave.
 */
import { addDays } from '../../dates.ts';
import { receiveApplication } from './arrivals.ts';
import { die, endStay, isAlive, leaveHospital, schedule, withdraw, type World } from './world.ts';

/** Today's deaths, withdrawals and moves, each person at most once. */
export function liveToday(world: World): void {
  const { random, config, history } = world;
  const people = new Set([...world.stayOf.keys(), ...world.hospitalOf.keys(), ...world.activeEntries.keys()]);
  for (const person of people) {
    if (!isAlive(world, person)) continue;
    const stay = world.stayOf.get(person);
    const unit = stay === undefined ? undefined : world.units.get(history.unitStays[stay]!.unit)!;
    if (unit?.kind === 'langtid') {
      if (random.chance(config.langtidDeathHazard)) die(world, person);
    } else if (unit?.kind === 'bofellesskap') {
      if (random.chance(config.bofellesskapMoveHazard)) { endStay(world, stay!, 'flyttet'); withdraw(world, person, 'Flyttet fra kommunen'); }
    } else if (unit?.kind === 'korttid') {
      if (random.chance(config.frailDeathHazard * 2)) die(world, person);
    } else if (world.hospitalOf.has(person)) {
      const h = history.hospitalStays[world.hospitalOf.get(person)!]!;
      if (h.dischargeReadyDate < world.today && random.chance(config.frailDeathHazard)) die(world, person);
    } else if ((world.activeEntries.get(person)?.size ?? 0) > 0) {
      const waitingFor = [...world.activeEntries.get(person)!].map((e) => history.entries[e]!);
      if (waitingFor.some((e) => e.status === 'reserved')) continue;
      const korttidOnly = waitingFor.every((e) => e.kind === 'korttid');
      if (random.chance(config.frailDeathHazard)) die(world, person);
      else if (random.chance(config.withdrawHazard * (korttidOnly ? 6 : 1))) withdraw(world, person, korttidOnly ? 'Klarer seg hjemme med økt hjemmetjeneste' : 'Ønsker ikke lenger plass');
    }
  }
}

/** A korttid stay reaches its planned end: home, unless a long-term place is being sought. */
export function plannedEnd(world: World, stayIndex: number): void {
  const stay = world.history.unitStays[stayIndex]!;
  if (stay.toDate !== null || stay.plannedEnd !== world.today) return;
  if (isSeekingPlace(world, stay.person)) {
    stay.plannedEnd = null;
    return;
  }
  endStay(world, stayIndex, world.random.chance(0.04) ? 'annet' : 'hjem');
}

/** Has an open case or an active entry for langtid or bofellesskap. */
function isSeekingPlace(world: World, person: number): boolean {
  const { history } = world;
  return [...(world.activeEntries.get(person) ?? [])].some((e) => history.entries[e]!.kind !== 'korttid')
    || [...(world.openApplications.get(person) ?? [])].some((a) => history.applications[a]!.kind !== 'korttid');
}

/**
 * A korttid guest waiting with no case left (refused, or withdrew) goes home within days, a
 * discharge-ready patient with none the same day; run after the day's vedtak.
 */
export function sendHomeWhenDone(world: World): void {
  for (const [person, stayIndex] of [...world.stayOf]) {
    const stay = world.history.unitStays[stayIndex]!;
    if (stay.plannedEnd !== null || world.units.get(stay.unit)!.kind !== 'korttid' || isSeekingPlace(world, person)) continue;
    stay.plannedEnd = addDays(world.today, world.random.int(2, 7));
    schedule(world, stay.plannedEnd, { type: 'plannedEnd', stay: stayIndex });
  }
  for (const [person, hospital] of [...world.hospitalOf]) {
    const ready = world.history.hospitalStays[hospital]!.dischargeReadyDate <= world.today;
    const waiting = (world.activeEntries.get(person)?.size ?? 0) > 0 || (world.openApplications.get(person)?.size ?? 0) > 0;
    if (ready && !waiting) leaveHospital(world, person, 'hjem');
  }
}

/** A korttid guest applies for a long-term place during the stay. */
export function applyFromStay(world: World, person: number): void {
  const stay = world.stayOf.get(person);
  if (!isAlive(world, person) || stay === undefined || world.units.get(world.history.unitStays[stay]!.unit)!.kind !== 'korttid') return;
  receiveApplication(world, person, 'langtid', 'unit', world.today);
}

/** The hospital declares the patient utskrivningsklar; one going home leaves the same day. */
export function becomeReady(world: World, hospital: number): void {
  const h = world.history.hospitalStays[hospital]!;
  if (h.endedDate !== null) return;
  if (h.destination === 'home') leaveHospital(world, h.person, 'hjem');
}
