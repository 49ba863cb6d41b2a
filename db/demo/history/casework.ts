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

/**
 * The appeal arrives today, unless the person has died meanwhile. One against a
 * ventelistevedtak from someone who has got the place (or left the list) already is moot:
 * it runs its course unrecorded, so that the rest of the history is as it was.
 */
export function receiveAppeal(world: World, application: number): void {
  const { history } = world;
  if (!isAlive(world, history.applications[application]!.person)) return;
  const appeal = history.appeals.push({
    application, receivedOn: world.today, reassessedOn: null, officeResult: null, forwardedOn: null, decidedOn: null, result: null,
  }) - 1;
  const entry = history.entries.find((e) => e.application === application);
  if (entry && entry.status !== 'waiting') world.mootAppeals.add(appeal);
  schedule(world, onWeekday(addDays(world.today, world.random.int(7, 21))), { type: 'appealForward', appeal });
}

/**
 * The office reassesses the appeal (fvl. § 33): now and then it changes the vedtak itself
 * (omgjort, the appeal ends there); otherwise it keeps it and sends it on to Statsforvalteren
 * (or the local appeal body for bofellesskap), which decides weeks to months later.
 */
export function forwardAppeal(world: World, appeal: number, step: 'forward' | 'decide'): void {
  const { random, history, today } = world;
  const a = history.appeals[appeal]!;
  // The main stream's draws are made whatever the office decides (its choice has a stream of
  // its own), so an office change leaves the rest of the history as it was.
  if (step === 'forward') {
    const decideOn = onWeekday(addDays(today, random.int(35, 110)));
    schedule(world, decideOn, { type: 'appealDecide', appeal });
    a.reassessedOn = today;
    a.officeResult = world.appealRandom.chance(world.config.appealOfficeChangeShare) ? 'omgjort' : 'opprettholdt';
    if (a.officeResult === 'opprettholdt') a.forwardedOn = today;
    return;
  }
  const r = random.next();
  if (a.officeResult !== 'opprettholdt') return;
  a.decidedOn = today;
  // The seeds: of 13 appeals Statsforvalteren decided, 9 stadfestet, 2 omgjort, 2 opphevet.
  a.result = r < 0.7 ? 'stadfestet' : r < 0.85 ? 'omgjort' : 'opphevet';
}

/** Records a foreløpig svar for a case still open. */
export function sendProvisionalReply(world: World, application: number, expectedBy: string): void {
  const app = world.history.applications[application]!;
  if (app.outcome !== null || app.closedOn !== null) return;
  world.history.provisionalReplies.push({ application, sentOn: world.today, expectedBy });
}
