/** Calendar days as ISO `YYYY-MM-DD` strings, in Europe/Oslo as the office lives them. */

const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
const osloOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

/** Today's date in Europe/Oslo (or the date of `at`). */
export const osloToday = (at: Date = new Date()): string => osloDate.format(at);

const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / 86_400_000);

export const addDays = (iso: string, days: number): string =>
  new Date(toUtc(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string): number => new Date(toUtc(iso)).getUTCDay();

export const isWeekday = (iso: string): boolean => weekdayOf(iso) >= 1 && weekdayOf(iso) <= 5;

export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toUtc(value)) && new Date(toUtc(value)).toISOString().startsWith(value);

/** The instant at hour:minute Oslo time on the date (daytime hours only: DST switches at night). */
export function osloInstant(iso: string, hour: number, minute: number): Date {
  const noon = new Date(`${iso}T12:00:00Z`);
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(osloOffset.format(noon));
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(toUtc(iso) + (hour * 60 + minute - offsetMinutes) * 60_000);
}

/**
 * overliggerdøgn from the discharge-ready date up to (not including) today, priced at
 * each day's year rate. A year without a rate uses the latest earlier year's.
 */
export function overliggerCost(dischargeReady: string, today: string, ratesByYear: Map<number, number>): { days: number; nok: number } {
  const days = Math.max(0, daysBetween(dischargeReady, today));
  let nok = 0;
  // A year's days at once: day by day cost ~3 ms for a two-year wait, on every list that shows it.
  for (let from = dischargeReady; from < today;) {
    const year = Number(from.slice(0, 4));
    const until = `${year + 1}-01-01` < today ? `${year + 1}-01-01` : today;
    nok += daysBetween(from, until) * rateFor(year, ratesByYear);
    from = until;
  }
  return { days, nok };
}

function rateFor(year: number, rates: Map<number, number>): number {
  const known = [...rates.keys()].filter((y) => y <= year).sort((a, b) => b - a)[0];
  return known === undefined ? (rates.get(Math.min(...rates.keys())) ?? 0) : rates.get(known)!;
}
