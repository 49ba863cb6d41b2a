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
});
