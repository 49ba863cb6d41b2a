/**
 * The Oslo working calendar: weekdays that are not Norwegian public holidays
 * (helligdager, from the maintained `date-holidays` data, not a hand-written list).
 * Dates are ISO `yyyy-mm-dd` calendar days in Europe/Oslo.
 */
import Holidays from 'date-holidays';
import { addDays, isWeekday } from './dates.ts';

const norway = new Holidays('NO');
const holidaysByYear = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(norway.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidaysByYear.set(year, days);
  }
  return days;
}

/** A public holiday (helligdag) in Norway, e.g. 2026-12-25 or Andre påskedag. */
export const isPublicHoliday = (iso: string): boolean => publicHolidays(Number(iso.slice(0, 4))).has(iso);

/** A weekday that is not a public holiday. */
export const isWorkingDay = (iso: string): boolean => isWeekday(iso) && !isPublicHoliday(iso);

/**
 * The deadline moved past weekends and holidays: a time limit that ends on a Saturday,
 * Sunday or public holiday runs to the next working day (forvaltningsloven § 30).
 */
export function deadlineOn(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** `count` working days after `iso` (0 gives `iso` itself, even on a holiday). */
export function addWorkingDays(iso: string, count: number): string {
  let day = iso;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
