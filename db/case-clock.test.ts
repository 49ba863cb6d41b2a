import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addOneMonth, caseClock, caseTargetDays, interimReplyDue, urgencyOf } from './case-clock.ts';
import { addDays, daysBetween } from './dates.ts';
import type { Settings } from './queries/settings.ts';
import { isWorkingDay } from './work-days.ts';

const settings = {
  targetCaseDaysKorttid: 14, targetCaseDaysLangtid: 30, targetCaseDaysBofellesskap: 45, caseTargetWarnDays: 3, interimReplyWarnDays: 7,
} as Settings;

const isoDay = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));

describe('the case clock', () => {
  it('when a month is added, then the same day next month is given, or that month\'s last day', () => {
    expect(addOneMonth('2026-11-02')).toBe('2026-12-02');
    expect(addOneMonth('2026-12-15')).toBe('2027-01-15');
    expect(addOneMonth('2027-01-31')).toBe('2027-02-28');
    expect(addOneMonth('2028-01-30')).toBe('2028-02-29');
    expect(addOneMonth('2026-03-31')).toBe('2026-04-30');
  });

  it('when the month ends on a working day, then the foreløpig svar is due that day', () => {
    expect(interimReplyDue('2026-11-02')).toBe('2026-12-02');
  });

  it('when the month ends on Christmas Day, then the foreløpig svar is due on the next working day after 2. juledag and the weekend', () => {
    expect(interimReplyDue('2026-11-25')).toBe('2026-12-28');
  });

  it('when the month ends on a Sunday, then the foreløpig svar is due on Monday', () => {
    expect(interimReplyDue('2027-01-31')).toBe('2027-03-01');
  });

  it('when the month ends on Maundy Thursday, then the foreløpig svar is due on the Tuesday after Easter Monday', () => {
    expect(interimReplyDue('2024-02-28')).toBe('2024-04-02');
  });

  // The longest run of days off is Easter: skjærtorsdag to andre påskedag, so at most 5 days later.
  it('when any day is received, then the foreløpig svar is due on a working day within a month and five days', () => {
    fc.assert(fc.property(isoDay, (received) => {
      const due = interimReplyDue(received);
      expect(isWorkingDay(due)).toBe(true);
      expect(due >= addOneMonth(received)).toBe(true);
      expect(daysBetween(addOneMonth(received), due)).toBeLessThanOrEqual(5);
    }));
  });

  it('when the due date is the day before, on, and after today, then it is soon, today and overdue', () => {
    expect(urgencyOf('2026-11-24', '2026-11-23', 3)).toBe('soon');
    expect(urgencyOf('2026-11-23', '2026-11-23', 3)).toBe('today');
    expect(urgencyOf('2026-11-22', '2026-11-23', 3)).toBe('overdue');
  });

  it('when the due date is just inside and just outside the warning days, then it is soon and not listed', () => {
    expect(urgencyOf('2026-11-26', '2026-11-23', 3)).toBe('soon');
    expect(urgencyOf('2026-11-27', '2026-11-23', 3)).toBeNull();
    expect(urgencyOf('2026-11-24', '2026-11-23', 0)).toBeNull();
  });

  it('when an application is pending, then days, target date and urgency follow the kind\'s target', () => {
    expect(caseTargetDays('bofellesskap', settings)).toBe(45);
    const clock = caseClock({ kind: 'korttid', receivedDate: '2026-11-10', interimReplySentDate: null }, '2026-11-23', settings);
    expect(clock).toMatchObject({ daysSinceReceived: 13, targetDays: 14, targetDate: '2026-11-24', targetDaysLeft: 1, targetUrgency: 'soon', interimReplyDue: '2026-12-10', interimReplyUrgency: null });
  });

  it('when a foreløpig svar is recorded, then it is never urgent', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: 0, max: 400 }), (received, after) => {
      const clock = caseClock({ kind: 'langtid', receivedDate: received, interimReplySentDate: received }, addDays(received, after), settings);
      expect(clock.interimReplyUrgency).toBeNull();
      expect(clock.daysSinceReceived).toBe(after);
    }));
  });
});
