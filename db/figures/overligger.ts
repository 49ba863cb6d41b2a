/**
 * overliggerdøgn: the days from a patient's discharge-ready date until the hospital stay
 * ended (or the period's end), counted on the days they fell and priced by the one rule
 * (db/dates.ts overliggerCost, each day at its year's national rate), clipped to the
 * period or the month. The day the stay ended is not counted (the patient left that day).
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { overliggerCost } from '../dates.ts';
import { monthsOf, type Period } from './period.ts';
import type { DayRange } from './shared.ts';
import type { OverliggerMonth } from './types.ts';

/** A discharge-ready wait: from the ready date to the end of the stay (null: still open). */
export interface ReadyWait { readyDate: string; endedDate: string | null }

/** Waits that overlap the range. */
export async function loadReadyWaits(db: DbOrTx, range: DayRange): Promise<ReadyWait[]> {
  const rows = await queryRows<{ ready: string; ended: string | null }>(db, sql`
    select discharge_ready_date::text as ready, ended_date::text as ended from hospital_stays
    where discharge_ready_date < ${range.to}::date and (ended_date is null or ended_date > ${range.from}::date)`);
  return rows.map((r) => ({ readyDate: r.ready, endedDate: r.ended }));
}

/** Days and NOK of the waits inside the range. */
export function overliggerIn(waits: readonly ReadyWait[], range: DayRange, rates: Map<number, number>): { days: number; nok: number } {
  let days = 0;
  let nok = 0;
  for (const w of waits) {
    const start = w.readyDate > range.from ? w.readyDate : range.from;
    const end = w.endedDate === null || w.endedDate > range.to ? range.to : w.endedDate;
    if (end <= start) continue;
    const cost = overliggerCost(start, end, rates);
    days += cost.days;
    nok += cost.nok;
  }
  return { days, nok };
}

/** The period's total, per 1,000 inhabitants, and by calendar month (the months clipped to the period). */
export function overliggerFigures(waits: readonly ReadyWait[], period: Period, rates: Map<number, number>, inhabitants: number) {
  const total = overliggerIn(waits, period, rates);
  const byMonth: OverliggerMonth[] = monthsOf(period).map((m) => ({
    month: m.id, ...overliggerIn(waits, { from: m.from, to: m.to < period.to ? m.to : period.to }, rates),
  }));
  return { ...total, per1000: inhabitants > 0 ? (total.days / inhabitants) * 1000 : 0, byMonth };
}
