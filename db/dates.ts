/** Calendar days as ISO `YYYY-MM-DD` strings, in Europe/Oslo as the office lives them. */

const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Europe/Oslo (or the date of `at`). */
export const osloToday = (at: Date = new Date()): string => osloDate.format(at);

const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / 86_400_000);

export const addDays = (iso: string, days: number): string =>
  new Date(toUtc(iso) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * overliggerdøgn from the discharge-ready date up to (not including) today, priced at
 * each day's year rate. A year without a rate uses the latest earlier year's.
 */
export function overliggerCost(dischargeReady: string, today: string, ratesByYear: Map<number, number>): { days: number; nok: number } {
  const days = Math.max(0, daysBetween(dischargeReady, today));
  let nok = 0;
  for (let i = 0; i < days; i++) nok += rateFor(Number(addDays(dischargeReady, i).slice(0, 4)), ratesByYear);
  return { days, nok };
}

function rateFor(year: number, rates: Map<number, number>): number {
  const known = [...rates.keys()].filter((y) => y <= year).sort((a, b) => b - a)[0];
  return known === undefined ? (rates.get(Math.min(...rates.keys())) ?? 0) : rates.get(known)!;
}
