/** The Årsrapport's `?ar=` parameter: a calendar year that has begun, clipped to today while it runs. */
import { addDays } from '../../db/dates.ts';
import { clipPeriod, type Period, yearPeriod } from '../../db/figures/period.ts';

/** The year read, or a Norwegian message for a 400. */
export type ReportYear = { ok: true; year: number; period: Period & { partial: boolean } } | { ok: false; message: string };

/** The first year the report accepts: nothing in Plassplan is older. */
const FIRST_YEAR = 2000;

/**
 * @param value the query parameter; absent: the year yesterday fell in (the year so far, or on
 *   1 January the year just ended).
 * @param today ISO date, Oslo.
 */
export function parseReportYear(value: unknown, today: string): ReportYear {
  const text = value === undefined ? addDays(today, -1).slice(0, 4) : value;
  if (typeof text !== 'string' || !/^\d{4}$/.test(text)) {
    return { ok: false, message: 'Ugyldig år. Skriv årstallet med fire sifre, for eksempel 2026.' };
  }
  const year = Number(text);
  const period = year >= FIRST_YEAR ? clipPeriod(yearPeriod(year), today) : null;
  if (!period) {
    return { ok: false, message: year < FIRST_YEAR ? `Årsrapporten kan ikke lages for år før ${FIRST_YEAR}.` : `Året ${year} har ikke begynt ennå.` };
  }
  return { ok: true, year, period };
}
