/** Persons, their applications and vedtak, waitlist entries, and hospital stays. */
import { addDays, osloInstant } from '../dates.ts';
import { type Queue, QUEUES, kindOfQueue } from './institutions.ts';
import { createPersonMaker } from './persons.ts';
import type { GuaranteeDays, PlannedCase, PlannedHospitalStay, PlannedPerson } from './plan-types.ts';
import type { Random } from './random.ts';
import { GRANTED_REASONING, PRIORITY_REASONS, REFUSED_REASONING } from './texts.ts';
import { planEntry } from './entries.ts';

export type CaseState = 'waiting' | 'reserved' | 'admitted' | 'withdrawn' | 'deceased' | 'refused' | 'pending';

/** How many cases of each state per queue: about 150 waiting in all. */
const MIX: Record<Queue, Partial<Record<CaseState, number>>> = {
  korttid: { waiting: 36, reserved: 1, admitted: 2, withdrawn: 1, refused: 2, pending: 1 },
  langtid: { waiting: 64, reserved: 1, admitted: 2, deceased: 1, refused: 2, pending: 1 },
  'psykisk-helse': { waiting: 16, reserved: 1, admitted: 1, refused: 1 },
  rop: { waiting: 11, withdrawn: 1 },
  utviklingshemming: { waiting: 16, reserved: 1, admitted: 1, pending: 1 },
  'barn-unge': { waiting: 7 },
};

/** Discharge-ready dates (days from today) of the waiting people still in hospital. */
const HOSPITAL_READY: Partial<Record<Queue, number[]>> = {
  korttid: [-6, -2, -1, 0, 1, 2, 3],
  langtid: [-5, -3],
  'psykisk-helse': [-4],
};

/** Decision ages (days ago) of the first langtid waiters: one guarantee breached, one due within days. */
const FIXED_LANGTID_AGES = [70, 57, 64, 59];

const AGES: Record<Queue, readonly [number, number]> = {
  korttid: [68, 96], langtid: [72, 99], 'psykisk-helse': [22, 60], rop: [24, 55], utviklingshemming: [19, 45], 'barn-unge': [12, 17],
};

export interface PlannedCases {
  persons: PlannedPerson[];
  cases: PlannedCase[];
  hospitalStays: PlannedHospitalStay[];
}

export function planCases(random: Random, today: string, guarantee: GuaranteeDays): PlannedCases {
  const makePerson = createPersonMaker(random, today);
  const out: PlannedCases = { persons: [], cases: [], hospitalStays: [] };
  for (const queue of QUEUES) {
    const hospitalReady = [...(HOSPITAL_READY[queue] ?? [])];
    const fixedAges = queue === 'langtid' ? [...FIXED_LANGTID_AGES] : [];
    for (const [state, count] of Object.entries(MIX[queue]) as [CaseState, number][]) {
      for (let i = 0; i < count; i++) {
        const person = out.persons.push(makePerson(AGES[queue])) - 1;
        const readyOffset = state === 'waiting' ? hospitalReady.shift() : undefined;
        const fixedAge = state === 'waiting' && readyOffset === undefined ? fixedAges.shift() : undefined;
        const dates = readyOffset === undefined
          ? caseDates(random, today, queue, state, fixedAge)
          : hospitalCaseDates(random, today, queue, person, readyOffset, out.hospitalStays);
        out.cases.push(planCase(random, today, guarantee, { person, queue, state, ...dates, fromHospital: readyOffset !== undefined }));
      }
    }
  }
  return out;
}

function caseDates(random: Random, today: string, queue: Queue, state: CaseState, fixedAge?: number) {
  const kind = kindOfQueue(queue);
  if (state === 'pending') return { received: addDays(today, -random.int(1, 12)), decision: null };
  const placed = state === 'reserved' || state === 'admitted';
  const age = fixedAge ?? (kind === 'korttid' ? random.int(placed ? 2 : 0, placed ? 12 : 20)
    : kind === 'langtid' ? random.int(placed ? 20 : 0, placed ? 70 : 76)
    : random.int(placed ? 30 : 0, placed ? 90 : 100));
  const processing = kind === 'korttid' ? random.int(0, 6) : kind === 'langtid' ? random.int(4, 30) : random.int(7, 35);
  const decision = addDays(today, -age);
  return { received: addDays(decision, -processing), decision };
}

/** Applied while in hospital; the office decides within a day or two. */
function hospitalCaseDates(random: Random, today: string, queue: Queue, person: number, readyOffset: number, stays: PlannedHospitalStay[]) {
  const ready = addDays(today, readyOffset);
  const admitted = earliest(addDays(ready, -random.int(3, 12)), addDays(today, -1));
  const notified = earliest(ready, today);
  stays.push({ person, admittedDate: admitted, dischargeReadyDate: ready, notifiedAt: osloInstant(notified, random.int(8, 11), random.int(0, 59)) });
  // korttid is applied for on the notice of discharge; langtid soon after admission.
  const applied = queue === 'korttid' ? latest(admitted, addDays(notified, -1)) : addDays(admitted, random.int(1, 2));
  const received = earliest(applied, today);
  return { received, decision: earliest(addDays(received, random.int(0, 2)), today) };
}

const earliest = (a: string, b: string) => (a < b ? a : b);
const latest = (a: string, b: string) => (a > b ? a : b);

interface CaseInput { person: number; queue: Queue; state: CaseState; received: string; decision: string | null; fromHospital: boolean }

function planCase(random: Random, today: string, guarantee: GuaranteeDays, input: CaseInput): PlannedCase {
  const { queue, state, decision } = input;
  const kind = kindOfQueue(queue);
  const base = {
    person: input.person, queue, receivedDate: input.received, requiredTags: requiredTagsFor(random, queue),
    appealRegime: kind === 'bofellesskap' ? 'lokal' as const : 'statsforvalteren' as const,
  };
  if (decision === null) {
    return { ...base, outcome: null, decisionDate: null, priority: null, priorityReason: null, guaranteeDate: null, reasoning: null, entry: null };
  }
  if (state === 'refused') {
    return { ...base, outcome: 'avslag', decisionDate: decision, priority: null, priorityReason: null, guaranteeDate: null, reasoning: REFUSED_REASONING[kind], entry: null };
  }
  const priority = input.fromHospital ? 1 : random.pick([1, 2, 2, 2, 2, 3, 3, 3, 1, 2] as const);
  const waitingList = kind === 'langtid' && random.chance(0.65);
  return {
    ...base,
    outcome: waitingList ? 'ventelistevedtak' : 'innvilget',
    decisionDate: decision,
    priority,
    priorityReason: random.pick(PRIORITY_REASONS[queue][priority]),
    guaranteeDate: addDays(decision, guarantee[kind]),
    reasoning: GRANTED_REASONING[waitingList ? 'langtid-venteliste' : kind],
    entry: planEntry(random, today, { queue, state, decision, requiredTags: base.requiredTags, fromHospital: input.fromHospital }),
  };
}

function requiredTagsFor(random: Random, queue: Queue): string[] {
  if (queue === 'korttid') return random.chance(0.25) ? ['rehabilitering'] : [];
  if (queue === 'langtid') return random.chance(0.25) ? ['skjermet'] : [];
  return [queue];
}
