/** Saksbehandling: vedtak, foreløpig svar, and appeals (klage) with their outcomes. */
import { addDays } from '../../dates.ts';
import { onWeekday } from './arrivals.ts';
import { isAlive, schedule, setEntryStatus, type World } from './world.ts';

const PRIORITY_FROM_HOME = [1, 2, 2, 2, 2, 3, 3, 3, 1, 2] as const;

/** Makes the vedtak of an open application today; a granted one goes on the waiting list. */
export function decide(world: World, application: number): void {
  const { random, config, history, today } = world;
  const app = history.applications[application]!;
  if (app.closedOn !== null || app.outcome !== null || !isAlive(world, app.person)) return;
  world.openApplications.get(app.person)?.delete(application);
  app.decisionDate = today;
  if (random.chance(config.refusedShare[app.kind])) {
    app.outcome = 'avslag';
    maybeAppeal(world, application, config.appealChance.avslag);
    return;
  }
  // Those who can wait safely at home or on korttid get a ventelistevedtak; the rest a place now.
  app.outcome = app.kind === 'langtid' && random.chance(0.75) ? 'ventelistevedtak' : 'innvilget';
  app.priority = app.origin === 'hospital' ? 1 : random.pick(PRIORITY_FROM_HOME);
  app.guaranteeDate = addDays(today, config.guaranteeDays[app.kind]);
  const wantsLater = app.origin === 'home' && app.kind === 'korttid' && random.chance(0.1);
  const entry = history.entries.push({
    application, person: app.person, kind: app.kind, createdOn: today,
    earliestDate: wantsLater ? addDays(today, random.int(5, 20)) : null,
    status: 'waiting', changes: [],
  }) - 1;
  setEntryStatus(world, entry, 'waiting', null);
  if (app.outcome === 'ventelistevedtak') maybeAppeal(world, application, config.appealChance.ventelistevedtak);
}

/** An appeal arrives within the deadline (4 weeks; 3 for bofellesskap), or not at all. */
function maybeAppeal(world: World, application: number, chance: number): void {
  const { random, history, today } = world;
  if (!random.chance(chance)) return;
  const app = history.applications[application]!;
  const deadline = app.appealRegime === 'lokal' ? 21 : 28;
  schedule(world, onWeekday(addDays(today, random.int(3, deadline - 3))), { type: 'appealReceive', application });
}

/** The appeal arrives today, unless the person has died meanwhile. */
export function receiveAppeal(world: World, application: number): void {
  if (!isAlive(world, world.history.applications[application]!.person)) return;
  const appeal = world.history.appeals.push({ application, receivedOn: world.today, forwardedOn: null, decidedOn: null, result: null }) - 1;
  schedule(world, onWeekday(addDays(world.today, world.random.int(7, 21))), { type: 'appealForward', appeal });
}

/**
 * The office reviews the appeal; if it keeps its vedtak it forwards it (Statsforvalteren) or
 * decides it in the local appeal body (bofellesskap). Both take weeks to months.
 */
export function forwardAppeal(world: World, appeal: number, step: 'forward' | 'decide'): void {
  const { random, history, today } = world;
  const a = history.appeals[appeal]!;
  if (step === 'forward') {
    a.forwardedOn = today;
    schedule(world, onWeekday(addDays(today, random.int(35, 110))), { type: 'appealDecide', appeal });
    return;
  }
  a.decidedOn = today;
  const r = random.next();
  a.result = r < 0.75 ? 'stadfestet' : r < 0.9 ? 'omgjort' : 'opphevet';
}

/** Records a foreløpig svar for a case still open. */
export function sendProvisionalReply(world: World, application: number, expectedBy: string): void {
  const app = world.history.applications[application]!;
  if (app.outcome !== null || app.closedOn !== null) return;
  world.history.provisionalReplies.push({ application, sentOn: world.today, expectedBy });
}
