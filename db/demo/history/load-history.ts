/**
 * Loads a simulated history into an EMPTY database through the app's schema: the whole
 * municipality (institutions, units, settings, rates) and every row of the history, the
 * present being the simulation's last day. One transaction; rows go in slices of JSON
 * (db/batch.ts). The present demo (db/demo/load-demo-data.ts) is a different database:
 * the two are never loaded together.
 */
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { count, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { insertRows } from '../../batch.ts';
import type { Db, Tx } from '../../client.ts';
import { addDays, isIsoDate, osloToday } from '../../dates.ts';
import * as schema from '../../schema.ts';
import { OVERLIGGER_RATES } from '../load-demo-data.ts';
import { CASEWORKERS } from './config.ts';
import { historyRows, type HistoryRows } from './rows.ts';
import { simulateHistory } from './simulate.ts';
import type { History } from './types.ts';

/** The demo's seed: its year reads like the seeds' annual reports (README.md). */
export const DEMO_HISTORY_SEED = 5;

/** Options of {@link loadDemoHistory}. */
export interface LoadHistoryOptions {
  /** The demo's today (default today in Europe/Oslo); the history ends the day before. */
  today?: string;
  /** Default 5 (DEMO_HISTORY_SEED): the seed the calibration test checks. */
  seed?: number;
  /** Days simulated; default 425 (two months' warm-up and a year). */
  days?: number;
  /** The caseworker users' password hash (argon2); default a random password nobody knows. */
  caseworkerPasswordHash?: string;
}

/** What the load did, and how long simulating and loading took (ms). */
export interface LoadHistoryResult {
  /** False when the database had an institution or a person: nothing was changed. */
  loaded: boolean;
  counts: Record<string, number>;
  simulateMs: number;
  loadMs: number;
}

/** Tables in insertion order (each refers only to those before it), with the serial ids the rows carry. */
const TABLES: [keyof HistoryRows, PgTable, string | null][] = [
  ['institutions', schema.institutions, 'institutions'], ['units', schema.units, 'units'], ['persons', schema.persons, 'persons'],
  ['applications', schema.applications, 'applications'], ['waitlistEntries', schema.waitlistEntries, 'waitlist_entries'],
  ['planningRuns', schema.planningRuns, 'planning_runs'], ['meetings', schema.meetings, 'meetings'],
  ['allocations', schema.allocations, 'allocations'], ['hospitalStays', schema.hospitalStays, null], ['unitStays', schema.unitStays, null],
  ['appeals', schema.appeals, null],
  ['placeReports', schema.placeReports, 'place_reports'], ['expectedDepartures', schema.expectedDepartures, null], ['bookingSeries', schema.bookingSeries, 'booking_series'], ['bookings', schema.bookings, null],
];

/** Simulates (seed, today) and loads the result; refuses, changing nothing, unless the database is empty. */
export async function loadDemoHistory(db: Db, options: LoadHistoryOptions = {}): Promise<LoadHistoryResult> {
  const today = options.today ?? osloToday();
  if (!isIsoDate(today)) throw new Error(`loadDemoHistory: today must be an ISO date, got ${today}`);
  const started = performance.now();
  const history = await simulateHistory({ seed: options.seed ?? DEMO_HISTORY_SEED, lastDay: addDays(today, -1), ...(options.days ? { days: options.days } : {}) });
  const simulated = performance.now();
  const result = await insertHistory(db, history, options.caseworkerPasswordHash);
  return { ...result, simulateMs: Math.round(simulated - started), loadMs: Math.round(performance.now() - simulated) };
}

/** Usernames of the caseworker users the loader creates (`saksbehandler1` …), in CASEWORKERS order. */
export const caseworkerUsername = (index: number) => `saksbehandler${index + 1}`;

/**
 * Inserts a history into an empty database in one transaction: first the caseworkers as
 * koordinator users (they handled and decided the cases), then every row.
 * @param caseworkerPasswordHash default: the hash of a random password, so nobody logs in as them
 */
export async function insertHistory(db: Db, history: History, caseworkerPasswordHash?: string): Promise<{ loaded: boolean; counts: Record<string, number> }> {
  const passwordHash = caseworkerPasswordHash ?? await hash(randomBytes(24).toString('base64url'));
  return db.transaction(async (tx) => {
    const [institutionCount] = await tx.select({ n: count() }).from(schema.institutions);
    const [personCount] = await tx.select({ n: count() }).from(schema.persons);
    if ((institutionCount?.n ?? 0) > 0 || (personCount?.n ?? 0) > 0) return { loaded: false, counts: {} };
    await tx.insert(schema.settings).values({ id: 1 }).onConflictDoNothing();
    await tx.insert(schema.overliggerRates).values(OVERLIGGER_RATES).onConflictDoNothing();
    const caseworkers = await tx.insert(schema.users).values(CASEWORKERS.map((displayName, i) => ({
      username: caseworkerUsername(i), displayName, passwordHash, role: 'koordinator' as const,
    }))).returning({ id: schema.users.id });
    const rows = historyRows(history, { caseworkerIds: caseworkers.map((u) => u.id) });
    const counts: Record<string, number> = { users: caseworkers.length };
    for (const [key, table, serialTable] of TABLES) {
      const list = rows[key] as never[];
      await insertRows(tx, table, list);
      if (serialTable && list.length > 0) await moveSequence(tx, serialTable);
      counts[key] = list.length;
    }
    return { loaded: true, counts };
  });
}

/** The table's id sequence continues after the ids the rows brought. */
async function moveSequence(tx: Tx, table: string): Promise<void> {
  await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`));
}
