/**
 * When is a unit's place report stale? Leaders report every weekday by a set hour
 * (settings.report_stale_hour, Europe/Oslo). A report is stale when it is older than
 * the last weekday whose deadline has passed.
 */
import { addDays, isWeekday, osloToday } from '../dates.ts';

const osloHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' });

/** The latest Oslo date by which a report was due at `now`. */
export function reportDueDay(now: Date, staleHour: number): string {
  const today = osloToday(now);
  const hour = Number(osloHour.format(now));
  let day = isWeekday(today) && hour >= staleHour ? today : addDays(today, -1);
  while (!isWeekday(day)) day = addDays(day, -1);
  return day;
}

/** True when the unit has no report, or its latest report is from before the due day. */
export function isReportStale(reportedAt: Date | null, now: Date, staleHour: number): boolean {
  if (!reportedAt) return true;
  return osloToday(reportedAt) < reportDueDay(now, staleHour);
}
