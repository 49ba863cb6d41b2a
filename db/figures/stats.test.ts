import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayStats, percent, percentileNearestRank } from './stats.ts';

describe('median and p90 by nearest rank', () => {
  it('when there are no values, then there is nothing to measure', () => {
    expect(dayStats([])).toEqual({ count: 0, medianDays: null, p90Days: null });
  });

  it('when values are 1..10, then the median is the 5th (lower middle) and p90 the 9th', () => {
    expect(dayStats([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ count: 10, medianDays: 5, p90Days: 9 });
  });

  it('when there is an odd count, then the median is the middle value', () => {
    expect(percentileNearestRank([3, 1, 2], 50)).toBe(2);
    expect(percentileNearestRank([7], 90)).toBe(7);
  });

  it('when there are 70 values, then p90 is the 63rd (no floating-point step to the 64th)', () => {
    const values = Array.from({ length: 70 }, (_, i) => i + 1);
    expect(percentileNearestRank(values, 90)).toBe(63);
    expect(percentileNearestRank(values, 100)).toBe(70);
  });

  it('when the percentile is outside (0, 100], then it is refused', () => {
    expect(() => percentileNearestRank([1], 0)).toThrow(RangeError);
    expect(() => percentileNearestRank([1], 101)).toThrow(RangeError);
  });

  it('when any list is measured, then median ≤ p90, both are values in it, and at least 90 % are at most p90', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 200 }), (values) => {
      const { medianDays, p90Days } = dayStats(values);
      expect(medianDays!).toBeLessThanOrEqual(p90Days!);
      expect(values).toContain(medianDays);
      expect(values).toContain(p90Days);
      expect(values.filter((v) => v <= p90Days!).length * 10).toBeGreaterThanOrEqual(values.length * 9);
      expect(values.filter((v) => v <= medianDays!).length * 2).toBeGreaterThanOrEqual(values.length);
    }));
  });

  it('when the whole is 0, then a share is null, else part ÷ whole × 100', () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(1, 4)).toBe(25);
  });
});
