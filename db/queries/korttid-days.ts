/**
 * A person's korttid days (døgn) in a calendar year, the one count the person page and
 * Oppgaver read. Korttidsopphold beyond 60 døgn in a calendar year is billed as a
 * langtidsopphold (forskrift om egenandel for kommunale helse- og omsorgstjenester § 3);
 * the office is warned from day 50. Both thresholds are settings.
 *
 * Counted: unit stays in korttid units (assessment, treatment, rehabilitation, and waiting
 * there for langtid). Not counted: avlastning (respite) bookings, which are free of
 * charge under the same forskrift and are relief for the carers, not the person's stay.
 * A stay holds its place on days from_date ≤ t < to_date (as in the ledger); an open stay
 * counts up to and including today.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { addDays, daysBetween } from '../dates.ts';
import { unitStays, units } from '../schema.ts';
import type { Settings } from './settings.ts';

export interface StaySpan { fromDate: string; toDate: string | null }

/** Days of the stays that fall in `year`; open stays run through `today`. */
export function korttidDaysInYear(stays: readonly StaySpan[], year: number, today: string): number {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  let total = 0;
  for (const stay of stays) {
    const until = stay.toDate ?? addDays(today, 1);
    const from = stay.fromDate > start ? stay.fromDate : start;
    const to = until < end ? until : end;
    if (to > from) total += daysBetween(from, to);
  }
  return total;
}

/** ok below the warning, varsel from `korttidWarnDays`, over beyond `korttidLimitDays` (billed as langtid). */
export type KorttidLevel = 'ok' | 'varsel' | 'over';

export function korttidLevel(days: number, s: Pick<Settings, 'korttidWarnDays' | 'korttidLimitDays'>): KorttidLevel {
  if (days > s.korttidLimitDays) return 'over';
  return days >= s.korttidWarnDays ? 'varsel' : 'ok';
}

/** Korttid days this calendar year (of `today`) per person, for the given people. */
export async function loadKorttidDays(db: DbOrTx, personIds: readonly number[], today: string): Promise<Map<number, number>> {
  const result = new Map<number, number>(personIds.map((id) => [id, 0]));
  if (personIds.length === 0) return result;
  const year = Number(today.slice(0, 4));
  const rows = await db.select({ personId: unitStays.personId, fromDate: unitStays.fromDate, toDate: unitStays.toDate })
    .from(unitStays).innerJoin(units, eq(units.id, unitStays.unitId))
    .where(and(eq(units.kind, 'korttid'), inArray(unitStays.personId, [...personIds]),
      sql`${unitStays.fromDate} < ${`${year + 1}-01-01`} and (${unitStays.toDate} is null or ${unitStays.toDate} > ${`${year}-01-01`})`));
  for (const personId of new Set(rows.map((r) => r.personId))) {
    result.set(personId, korttidDaysInYear(rows.filter((r) => r.personId === personId), year, today));
  }
  return result;
}
