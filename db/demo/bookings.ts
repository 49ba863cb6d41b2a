/**
 * Respite (avlastning) in the demo: a few invented people living at home, each with a
 * series of stays or one planned stay on a korttid unit that has room for it.
 */
import { addDays } from '../dates.ts';
import { seriesStays } from '../queries/bookings.ts';
import { createPersonMaker } from './persons.ts';
import type { PlannedBooking, PlannedPerson } from './plan-types.ts';
import type { Random } from './random.ts';

/** The demo's respite guests, after `existing` persons (whose fødselsnummer and names they never repeat). */
export function planBookings(random: Random, today: string, existing: readonly PlannedPerson[]): { persons: PlannedPerson[]; bookings: PlannedBooking[] } {
  const makePerson = createPersonMaker(random, today);
  const taken = new Set(existing.flatMap((p) => [p.fnr, p.name]));
  const person = (): PlannedPerson => {
    for (;;) {
      const p = makePerson([68, 92]);
      if (!taken.has(p.fnr) && !taken.has(p.name)) { taken.add(p.fnr); taken.add(p.name); return p; }
    }
  };
  const first = existing.length;
  const persons = [person(), person(), person()];
  const series = (unit: string, index: number, stayDays: number, everyWeeks: number, start: number, months: number): PlannedBooking => {
    const shape = { stayDays, everyWeeks, firstFrom: addDays(today, start), lastDate: addDays(today, start + months * 30) };
    return { person: first + index, unit, series: shape, stays: seriesStays(shape), note: 'Avlastning for pårørende', createdOn: addDays(today, -14) };
  };
  return {
    persons,
    bookings: [
      series('LIN-K', 0, 7, 4, 6, 7),
      series('BRE-K', 1, 4, 3, 9, 6),
      { person: first + 2, unit: 'SOL-K', series: null, stays: [{ from: addDays(today, 3), to: addDays(today, 17) }], note: 'Planlagt opphold etter operasjon', createdOn: addDays(today, -7) },
    ],
  };
}
