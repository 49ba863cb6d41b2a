import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { korttidDaysInYear, korttidLevel } from './korttid-days.ts';

const LIMITS = { korttidWarnDays: 50, korttidLimitDays: 60 };

describe('korttid days in a calendar year', () => {
  it('when a stay ran from 1 to 11 March, then it counts 10 døgn (the departure day is not one)', () => {
    expect(korttidDaysInYear([{ fromDate: '2026-03-01', toDate: '2026-03-11' }], 2026, '2026-12-01')).toBe(10);
  });

  it('when a stay is open, then it counts through today', () => {
    expect(korttidDaysInYear([{ fromDate: '2026-11-30', toDate: null }], 2026, '2026-12-01')).toBe(2);
  });

  it('when a stay spans New Year, then only this year\'s days count', () => {
    expect(korttidDaysInYear([{ fromDate: '2025-12-20', toDate: '2026-01-05' }], 2026, '2026-06-01')).toBe(4);
    expect(korttidDaysInYear([{ fromDate: '2025-12-20', toDate: '2026-01-05' }], 2025, '2026-06-01')).toBe(12);
  });

  it('when several stays lie in the year, then their days add up', () => {
    expect(korttidDaysInYear([
      { fromDate: '2026-01-10', toDate: '2026-02-09' }, { fromDate: '2026-05-01', toDate: '2026-05-21' }, { fromDate: '2026-11-23', toDate: null },
    ], 2026, '2026-12-01')).toBe(30 + 20 + 9);
  });

  it('when any stay is split at New Year, then the two years\' days add up to the whole stay', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 300 }), (start, length) => {
      const fromDate = addDays('2025-01-01', start);
      const toDate = addDays(fromDate, length);
      const years = [2025, 2026, 2027].map((y) => korttidDaysInYear([{ fromDate, toDate }], y, '2028-01-01'));
      expect(years.reduce((a, b) => a + b, 0)).toBe(length);
    }));
  });

  it('when the count is 49, 50, 60 and 61, then it is ok, a warning, still a warning, and over the limit', () => {
    expect(korttidLevel(49, LIMITS)).toBe('ok');
    expect(korttidLevel(50, LIMITS)).toBe('varsel');
    expect(korttidLevel(60, LIMITS)).toBe('varsel');
    expect(korttidLevel(61, LIMITS)).toBe('over');
  });
});
