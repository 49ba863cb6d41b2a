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

  it('when a week is labelled, then it reads as Norwegian dates', () => {
    expect(weekLabel('2026-11-23')).toBe('uke 48 (23.11.–29.11.2026)');
  });
});
