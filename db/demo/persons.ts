/** Invented persons with valid synthetic fødselsnummer (month + 80). */
import { syntheticFnr } from '../fnr.ts';
import { DISTRICTS, FIRST_NAMES, LAST_NAMES } from './names.ts';
import type { PlannedPerson } from './plan-types.ts';
import type { Random } from './random.ts';

/** Returns a maker of unique persons of an age (whole years at `today`). */
export function createPersonMaker(random: Random, today: string) {
  const usedNames = new Set<string>();
  const usedFnrs = new Set<string>();
  const thisYear = Number(today.slice(0, 4));

  const makeName = (male: boolean, age: number) => {
    const names = FIRST_NAMES[age >= 60 ? 'elderly' : 'young'];
    for (;;) {
      const name = `${random.pick(male ? names.male : names.female)} ${random.pick(LAST_NAMES)}`;
      if (!usedNames.has(name)) { usedNames.add(name); return name; }
    }
  };

  const makeFnr = (male: boolean, age: number) => {
    const birth = { year: thisYear - age, month: random.int(1, 12), day: random.int(1, 28) };
    // Individual numbers 000–499 mean 1900–1999, 500–999 with a low year 2000–2039; odd is male.
    const [low, high] = birth.year >= 2000 ? [250, 499] : [0, 249];
    for (;;) {
      const fnr = syntheticFnr(birth, 2 * random.int(low, high) + (male ? 1 : 0));
      if (fnr && !usedFnrs.has(fnr)) { usedFnrs.add(fnr); return fnr; }
    }
  };

  return (ageRange: readonly [number, number]): PlannedPerson => {
    const male = random.chance(0.45);
    const age = random.int(ageRange[0], ageRange[1]);
    return { name: makeName(male, age), fnr: makeFnr(male, age), district: random.pick(DISTRICTS) };
  };
}
