/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, and Oslo wall-clock instants. */

const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
const osloOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

/** Today's date in Europe/Oslo. */
export const osloToday = (at: Date = new Date()): string => osloDate.format(at);

const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export const addDays = (iso: string, days: number): string =>
  new Date(toUtc(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string): number => new Date(toUtc(iso)).getUTCDay();

export const isWeekday = (iso: string): boolean => weekdayOf(iso) >= 1 && weekdayOf(iso) <= 5;

/** The instant at hour:minute Oslo time on the date (daytime hours only: DST switches at night). */
export function osloInstant(iso: string, hour: number, minute: number): Date {
  const noon = new Date(`${iso}T12:00:00Z`);
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(osloOffset.format(noon));
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(toUtc(iso) + (hour * 60 + minute - offsetMinutes) * 60_000);
}

export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toUtc(value)) && new Date(toUtc(value)).toISOString().startsWith(value);
