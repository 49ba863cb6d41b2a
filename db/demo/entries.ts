/** Waitlist entries: status, preferences, and the allocation of those reserved or admitted. */
import { addDays, osloInstant } from '../dates.ts';
import { type Queue, placeableUnits } from './institutions.ts';
import type { CaseState } from './cases.ts';
import type { PlannedEntry } from './plan-types.ts';
import type { Random } from './random.ts';
import { ALLOCATION_REASONS, STATUS_REASONS } from './texts.ts';

export interface EntryInput {
  queue: Queue;
  state: CaseState;
  decision: string;
  requiredTags: string[];
  fromHospital: boolean;
}

const latest = (a: string, b: string) => (a > b ? a : b);

export function planEntry(random: Random, today: string, input: EntryInput): PlannedEntry {
  const { state, decision } = input;
  const units = placeableUnits(input.queue, input.requiredTags);
  const entry: PlannedEntry = {
    status: 'waiting', statusReason: null, statusChangedAt: osloInstant(decision, random.int(10, 15), random.int(0, 59)),
    earliestDate: null, choices: planChoices(random, input.queue, units.map((u) => u.code)), allocation: null,
  };
  if (state === 'reserved') {
    const decidedAt = osloInstant(addDays(today, -random.int(0, 2)), 13, random.int(0, 59));
    entry.allocation = { unit: random.pick(units).code, date: addDays(today, random.int(1, 4)), status: 'reserved', reason: ALLOCATION_REASONS.reserved, decidedAt };
    return { ...entry, status: 'reserved', statusChangedAt: decidedAt };
  }
  if (state === 'admitted') {
    const date = latest(addDays(today, -random.int(1, 10)), decision);
    const decidedAt = osloInstant(latest(addDays(date, -2), decision), 13, random.int(0, 59));
    entry.allocation = { unit: random.pick(units).code, date, status: 'admitted', reason: ALLOCATION_REASONS.admitted, decidedAt };
    return { ...entry, status: 'admitted', statusChangedAt: osloInstant(date, 11, random.int(0, 59)) };
  }
  if (state === 'withdrawn' || state === 'deceased') {
    const changed = latest(addDays(today, -random.int(1, 20)), decision);
    return { ...entry, status: state, statusReason: random.pick(STATUS_REASONS[state]), statusChangedAt: osloInstant(changed, 9, random.int(0, 59)) };
  }
  const wantsLater = !input.fromHospital && random.chance(input.queue === 'korttid' ? 0.1 : 0.03);
  return { ...entry, earliestDate: wantsLater ? addDays(today, random.int(5, 20)) : null };
}

/** Some prefer a unit (close to family), a few exclude one. */
function planChoices(random: Random, queue: Queue, codes: string[]): PlannedEntry['choices'] {
  const preferShare = queue === 'langtid' ? 0.35 : queue === 'korttid' ? 0.1 : 0.3;
  const choices: PlannedEntry['choices'] = [];
  const shuffled = random.shuffle(codes);
  if (shuffled.length > 1 && random.chance(preferShare)) choices.push({ unit: shuffled[0]!, choice: 'preferred' });
  if (shuffled.length > 2 && queue === 'langtid' && random.chance(0.1)) choices.push({ unit: shuffled[1]!, choice: 'excluded' });
  return choices;
}
