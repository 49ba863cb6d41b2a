/**
 * Runs the allocation office forward day by day from a seed. Pure: no database, no clock;
 * the same options give the same history. Each day: the leaders' morning reports, lives
 * (deaths, withdrawals), arrivals, what falls due (vedtak, admissions, stay ends,
 * appeals), the weekly meeting with a planning run, and the coordinator's answer to the
 * hospital on working days.
 */
import { addDays, daysBetween, isWeekday, weekdayOf } from '../../dates.ts';
import { ALL_UNITS } from '../institutions.ts';
import { createRandom } from '../random.ts';
import { arriveToday, markReceived } from './arrivals.ts';
import { decide, forwardAppeal, receiveAppeal, sendProvisionalReply } from './casework.ts';
import { DEFAULT_CONFIG, type SimConfig } from './config.ts';
import { seedInitialState } from './initial.ts';
import { applyFromStay, becomeReady, liveToday, plannedEnd, sendHomeWhenDone } from './lives.ts';
import { holdMeeting } from './meeting.ts';
import { createHistoryPersonMaker } from './persons.ts';
import { admit, receiveFromHospital } from './placement.ts';
import type { History, SimUnit } from './types.ts';
import type { Action, World } from './world.ts';

/** korttid units with a bed kept for avlastning (respite) in the history. */
const RESPITE_BEDS: Record<string, number> = { 'BRE-K': 1, 'LIN-K': 1 };

/** The demo's units as the simulation sees them. */
export const DEMO_SIM_UNITS: SimUnit[] = ALL_UNITS.map((u) => ({
  code: u.code, kind: u.kind, tags: u.tags, onlyFor: u.onlyFor, beds: u.staffedBeds, respiteBeds: RESPITE_BEDS[u.code] ?? 0,
}));

/** The appeal stream's seed is the history's xor this (seed 5: one of the year's four appeals the office changes itself, as in the seeds). */
const APPEAL_STREAM = 3;

/** Options of {@link simulateHistory}. */
export interface SimulateOptions {
  seed: number;
  /** Last simulated day (inclusive), e.g. the day before the demo's today. */
  lastDay: string;
  /** Days simulated, the last included; default 425 (a warm-up of two months, then a year). */
  days?: number;
  units?: SimUnit[];
  config?: Partial<SimConfig>;
}

/** Simulates the history; see the module comment for a day's order. */
export async function simulateHistory(options: SimulateOptions): Promise<History> {
  const days = options.days ?? 425;
  const firstDay = addDays(options.lastDay, -(days - 1));
  const units = options.units ?? DEMO_SIM_UNITS;
  const history: History = {
    seed: options.seed, firstDay, lastDay: options.lastDay, units, persons: [], applications: [], entries: [], hospitalStays: [],
    allocations: [], unitStays: [], respite: [], placeReports: [], meetings: [], planningRuns: [], provisionalReplies: [], appeals: [],
  };
  const random = createRandom(options.seed);
  const world: World = {
    history, config: { ...DEFAULT_CONFIG, ...options.config }, random, appealRandom: createRandom(options.seed ^ APPEAL_STREAM), today: firstDay, units: new Map(units.map((u) => [u.code, u])),
    agenda: new Map(), stayOf: new Map(), hospitalOf: new Map(), occupants: new Map(), pending: new Map(),
    activeEntries: new Map(), openApplications: new Map(), mootAppeals: new Set(),
  };
  const makePerson = createHistoryPersonMaker(random, Number(options.lastDay.slice(0, 4)));
  seedInitialState(world, makePerson);
  for (let day = firstDay; daysBetween(day, options.lastDay) >= 0; day = addDays(day, 1)) {
    world.today = day;
    if (isWeekday(day)) reportPlaces(world);
    liveToday(world);
    arriveToday(world, makePerson);
    if (weekdayOf(day) === world.config.meetingWeekday) await holdMeeting(world);
    runAgenda(world);
    sendHomeWhenDone(world);
    if (isWeekday(day)) receiveFromHospital(world);
    world.agenda.delete(day);
  }
  // The leaders' reports of the morning after (the demo's today): nothing moves overnight, so
  // they are the last day's end; without them every unit would be overdue on the first page.
  world.today = addDays(options.lastDay, 1);
  if (isWeekday(world.today)) reportPlaces(world);
  history.appeals = history.appeals.filter((_, i) => !world.mootAppeals.has(i));
  return history;
}

/** Runs today's actions, including those scheduled for today while running. */
function runAgenda(world: World): void {
  const list = world.agenda.get(world.today) ?? [];
  for (let i = 0; i < list.length; i++) runAction(world, list[i]!);
}

function runAction(world: World, action: Action): void {
  switch (action.type) {
    case 'ready': return becomeReady(world, action.hospital);
    case 'receive': return markReceived(world, action.application);
    case 'decide': return decide(world, action.application);
    case 'provisional': return sendProvisionalReply(world, action.application, action.expectedBy);
    case 'plannedEnd': return plannedEnd(world, action.stay);
    case 'admit': return admit(world, action.allocation, action.tries);
    case 'langtidApplication': return applyFromStay(world, action.person);
    case 'appealReceive': return receiveAppeal(world, action.application);
    case 'appealForward': return forwardAppeal(world, action.appeal, 'forward');
    case 'appealDecide': return forwardAppeal(world, action.appeal, 'decide');
  }
}

/** Each unit's morning report: occupied beds (respite guests included), free and reserved. */
function reportPlaces(world: World): void {
  const guests = new Map<string, number>();
  for (const r of world.history.respite) {
    if (r.stays.some((s) => s.from <= world.today && world.today < s.to)) guests.set(r.unit, (guests.get(r.unit) ?? 0) + 1);
  }
  for (const unit of world.units.values()) {
    const respite = guests.get(unit.code) ?? 0;
    const occupied = (world.occupants.get(unit.code)?.size ?? 0) + respite;
    const freeNow = Math.max(0, unit.beds - occupied);
    const reserved = Math.min(freeNow, world.pending.get(unit.code)?.size ?? 0);
    world.history.placeReports.push({ unit: unit.code, on: world.today, staffedBeds: unit.beds, occupied, freeNow, reserved });
  }
}
