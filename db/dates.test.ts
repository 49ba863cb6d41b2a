import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, osloToday, overliggerCost } from './dates.ts';

describe('dates', () => {
  it('when it is late evening UTC, then Oslo is already on the next day', () => {
    expect(osloToday(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(osloToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('when days are counted across a daylight-saving change, then whole days come out', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('when a patient waits across new year, then each day is priced at its own year', () => {
    const rates = new Map([[2024, 5745], [2025, 5981]]);
    expect(overliggerCost('2024-12-30', '2025-01-02', rates)).toEqual({ days: 3, nok: 5745 * 2 + 5981 });
    expect(overliggerCost('2026-11-25', '2026-11-23', rates)).toEqual({ days: 0, nok: 0 });
    expect(overliggerCost('2026-11-21', '2026-11-23', rates)).toEqual({ days: 2, nok: 2 * 5981 });
  });

  it('when a wait spans any days and years, then the cost is the sum of each day at its year rate', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2020-01-01', n));
    const rates = fc.dictionary(fc.integer({ min: 2019, max: 2031 }).map(String), fc.integer({ min: 1, max: 10_000 }), { minKeys: 1 })
      .map((r) => new Map(Object.entries(r).map(([y, nok]) => [Number(y), nok])));
    fc.assert(fc.property(day, day, rates, (from, to, byYear) => {
      const days = Math.max(0, daysBetween(from, to));
      let nok = 0;
      for (let i = 0; i < days; i++) nok += overliggerCost(addDays(from, i), addDays(from, i + 1), byYear).nok;
      expect(overliggerCost(from, to, byYear)).toEqual({ days, nok });
    }), { numRuns: 200 });
  });
});
