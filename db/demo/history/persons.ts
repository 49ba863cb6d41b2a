/**
 * Invented persons for the history: thousands of them, so a name is a first name, a
 * second first name and a last name (the same name may occur twice, as in life); the
 * fødselsnummer is synthetic (db/fnr.ts) and unique.
 */
import { syntheticFnr } from '../../fnr.ts';
import { DISTRICTS, FIRST_NAMES, LAST_NAMES } from '../names.ts';
import type { Random } from '../random.ts';

/** An invented person's identity. */
export interface MadePerson { name: string; fnr: string; district: string }

/** Returns a maker of persons of an age (whole years in `year`), never repeating a fødselsnummer. */
export function createHistoryPersonMaker(random: Random, year: number) {
  const usedFnrs = new Set<string>();
  return (ageRange: readonly [number, number]): MadePerson => {
    const male = random.chance(0.45);
    const age = random.int(ageRange[0], ageRange[1]);
    const names = FIRST_NAMES[age >= 60 ? 'elderly' : 'young'][male ? 'male' : 'female'];
    const first = random.pick(names);
    const second = random.chance(0.5) ? ` ${random.pick(names.filter((n) => n !== first))}` : '';
    const name = `${first}${second} ${random.pick(LAST_NAMES)}`;
    const birth = { year: year - age, month: random.int(1, 12), day: random.int(1, 28) };
    // Individual numbers 000–499 mean 1900–1999, 500–999 with a low year 2000–2039; odd is male.
    const [low, high] = birth.year >= 2000 ? [250, 499] : [0, 249];
    for (;;) {
      const fnr = syntheticFnr(birth, 2 * random.int(low, high) + (male ? 1 : 0));
      if (fnr && !usedFnrs.has(fnr)) {
        usedFnrs.add(fnr);
        return { name, fnr, district: random.pick(DISTRICTS) };
      }
      // A day with its individual numbers used up (or no check digit fitting): try another day.
      birth.day = random.int(1, 28);
    }
  };
}
