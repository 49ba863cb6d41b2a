import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekOf, mondayOf, mondayOfIsoWeek, weekLabel } from './weeks.ts';

describe('ISO weeks', () => {
  it('when a day is given, then its Monday and ISO week follow the ISO rules, also across new year', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(isoWeekOf('2026-11-25')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('when a week is picked, then its Monday comes back; a week that does not exist gives null', () => {
    expect(mondayOfIsoWeek('2026-W48')).toBe('2026-11-23');
    expect(mondayOfIsoWeek('2025-W01')).toBe('2024-12-30');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfIsoWeek('2025-W53')).toBeNull();
    expect(mondayOfIsoWeek('2026-W00')).toBeNull();
    expect(mondayOfIsoWeek('48')).toBeNull();
  });

  it('when the week is out of range or not text, then null rather than an error', () => {
    for (const week of ['0000-W01', '1999-W52', '2101-W01', '99999-W01', '2026-W54', '2026-W1', '2026-w48', ' 2026-W48', '2026-W48\u0000', '']) {
      expect(mondayOfIsoWeek(week), week).toBeNull();
    }
    for (const week of [undefined, null, 48, ['2026-W48'], { toString: () => '2026-W48' }]) expect(mondayOfIsoWeek(week)).toBeNull();
  });

  it('when any text is given, then it never throws, and a week it accepts is the ISO week of its Monday', () => {
    const weekLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, w]) => `${String(y).padStart(4, '0')}-W${String(w).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(weekLike, fc.string()), (week) => {
      const monday = mondayOfIsoWeek(week);
      if (monday !== null) expect(isoWeekOf(monday)).toBe(week);
    }));
  });

  it('when a week is labelled, then it reads as Norwegian dates', () => {
    expect(weekLabel('2026-11-23')).toBe('uke 48 (23.11.–29.11.2026)');
  });
});
