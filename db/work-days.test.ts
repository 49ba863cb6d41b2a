import { describe, expect, it } from 'vitest';
import { addWorkingDays, deadlineOn, isPublicHoliday, isWorkingDay } from './work-days.ts';

describe('the Oslo working calendar', () => {
  it('when a day is a moving holiday (Easter, Ascension, Whit Monday), then it is no working day', () => {
    for (const day of ['2026-04-02', '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25', '2027-03-29']) {
      expect(isPublicHoliday(day), day).toBe(true);
      expect(isWorkingDay(day), day).toBe(false);
    }
  });

  it('when a day is Christmas Eve or a Tuesday in December, then it is a working day (Julaften is no helligdag)', () => {
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-01')).toBe(true);
  });

  it('when a deadline ends on a weekend or holiday, then it runs to the next working day', () => {
    expect(deadlineOn('2026-12-04')).toBe('2026-12-04'); // Friday
    expect(deadlineOn('2026-12-05')).toBe('2026-12-07'); // Saturday → Monday
    expect(deadlineOn('2026-12-25')).toBe('2026-12-28'); // 1. juledag (Fri) → Monday
    expect(deadlineOn('2026-04-02')).toBe('2026-04-07'); // Skjærtorsdag → Tuesday after Easter
  });

  it('when working days are added across a weekend and Christmas, then weekends and holidays are skipped', () => {
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-23', 2)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-05', 0)).toBe('2026-12-05');
  });
});
