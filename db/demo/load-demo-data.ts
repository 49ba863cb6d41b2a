/** Loads the synthetic demo municipality into an empty database. */
import { count, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { institutions, overliggerRates, persons, settings } from '../schema.ts';
import { isIsoDate, osloToday } from '../dates.ts';
import { insertPlan } from './insert-plan.ts';
import { buildDemoPlan } from './plan.ts';

/**
 * National overliggerdøgn rates, NOK per day. 2026's rate is assumed equal to 2025's
 * until the national rate is published.
 */
export const OVERLIGGER_RATES = [
  { year: 2024, nokPerDay: 5745 },
  { year: 2025, nokPerDay: 5981 },
  { year: 2026, nokPerDay: 5981 },
];

export interface LoadDemoOptions {
  /** ISO date the demo is built around; default today in Europe/Oslo. */
  today?: string;
}

export interface LoadDemoResult {
  /** False when the database already had an institution or a person: nothing was changed. */
  loaded: boolean;
  /** Rows written per table (and `waiting`: entries with status waiting); empty when not loaded. */
  counts: Record<string, number>;
}

/**
 * Loads a deterministic synthetic municipality of about 90,000 inhabitants (20 units,
 * about 170 persons, 150 of them waiting) in one transaction. Dates are relative to
 * `today`, so the demo always looks current; the same `today` gives the same data.
 * Refuses, changing nothing, unless the database has no institution and no person.
 * Creates no users: reports and vedtak have no `reported_by`/`decided_by`.
 */
export async function loadDemoData(db: Db, options: LoadDemoOptions = {}): Promise<LoadDemoResult> {
  const today = options.today ?? osloToday();
  if (!isIsoDate(today)) throw new Error(`loadDemoData: today must be an ISO date, got ${today}`);
  return db.transaction(async (tx) => {
    const [institutionCount] = await tx.select({ n: count() }).from(institutions);
    const [personCount] = await tx.select({ n: count() }).from(persons);
    if ((institutionCount?.n ?? 0) > 0 || (personCount?.n ?? 0) > 0) return { loaded: false, counts: {} };

    await tx.insert(settings).values({ id: 1 }).onConflictDoNothing();
    const [office] = await tx.select().from(settings).where(eq(settings.id, 1));
    const rates = await tx.insert(overliggerRates).values(OVERLIGGER_RATES).onConflictDoNothing().returning();

    const plan = buildDemoPlan(today, {
      korttid: office!.guaranteeDaysKorttid, langtid: office!.guaranteeDaysLangtid, bofellesskap: office!.guaranteeDaysBofellesskap,
    });
    const counts = await insertPlan(tx, plan);
    return { loaded: true, counts: { ...counts, overliggerRates: rates.length } };
  });
}
