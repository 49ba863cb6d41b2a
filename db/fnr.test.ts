import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateOf, fnrProblem, isValidFnr, maskFnr, syntheticFnr } from './fnr.ts';

describe('fnr', () => {
  it('when a number has the classic check digits, then it is valid', () => {
    // Skatteetaten's published synthetic example numbers
    expect(fnrProblem('01010750160')).toBeNull();
    expect(isValidFnr('41010750154')).toBe(true); // D-nummer of the same date: day + 40
  });

  it('when the first check digit takes one of the post-2032 values, then it is valid', () => {
    // 010107501xx: the classic k1 is 6; k1 in {7, 8, 9} gives remainders 1..3 and must pass
    for (const k1 of [7, 8, 9]) {
      const base = `010107501${k1}`;
      const sum = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * Number(base[i]), 0);
      const k2 = (11 - (sum % 11)) % 11;
      if (k2 === 10) continue;
      expect(fnrProblem(base + k2)).toBeNull();
    }
  });

  it('when a digit is changed, then a check digit catches it', () => {
    expect(fnrProblem('01010750161')).toBe('check2');
    expect(fnrProblem('0101075016')).toBe('format');
    expect(fnrProblem('32010750160')).toBe('date');
  });

  it('when synthetic numbers are generated, then every one validates and keeps its birth date', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1920, max: 2039 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 999 }),
      (year, month, day, individual) => {
        const fnr = syntheticFnr({ year, month, day }, individual);
        if (fnr === null) return;
        expect(isValidFnr(fnr)).toBe(true);
        expect(birthDateOf(fnr)).toMatchObject({ month, day });
      },
    ));
  });

  it('when masked, then the birth date and last two digits are hidden', () => {
    expect(maskFnr('01010750160')).toBe('••••••501••');
  });
});
