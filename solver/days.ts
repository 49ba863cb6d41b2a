/** Calendar-day arithmetic on ISO `YYYY-MM-DD` dates (Europe/Oslo local days, no time of day). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True if `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function epochDay(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** Day index of `date`: whole days after `today` (today = 0, yesterday = -1). */
export function dayIndex(today: string, date: string): number {
  return epochDay(date) - epochDay(today);
}

/** The ISO date `days` days after `today`. */
export function dateOfDay(today: string, days: number): string {
  return new Date((epochDay(today) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}
