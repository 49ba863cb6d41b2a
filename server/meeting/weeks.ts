/** ISO weeks as the meeting picks them: `2026-W48` from `<input type="week">`, Monday dates inside. */
import { addDays, daysBetween } from '../../db/dates.ts';

/** Monday of the ISO week that holds `iso` (YYYY-MM-DD). */
export function mondayOf(iso: string): string {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

/** `2026-W48` for the ISO week holding `iso`. */
export function isoWeekOf(iso: string): string {
  const thursday = addDays(mondayOf(iso), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Years a meeting week may lie in: the office's own time, and days JavaScript's Date can count. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * Monday of `2026-W48`, or null when the value is not an ISO week that exists between
 * 2000 and 2100 (`0000-W01`, `2026-W54`, `2026-W1` and non-strings are null).
 */
export function mondayOfIsoWeek(week: unknown): string | null {
  const match = typeof week === 'string' ? /^(\d{4})-W(\d{2})$/.exec(week) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const number = Number(match[2]);
  // Week 1 holds 4 January.
  const monday = addDays(mondayOf(`${year}-01-04`), (number - 1) * 7);
  return number >= 1 && isoWeekOf(monday) === week ? monday : null;
}

/** «uke 48 (23.11.–29.11.2026)» */
export function weekLabel(monday: string): string {
  const sunday = addDays(monday, 6);
  const short = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.`;
  return `uke ${Number(isoWeekOf(monday).slice(6))} (${short(monday)}–${short(sunday)}${sunday.slice(0, 4)})`;
}
