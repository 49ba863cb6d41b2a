/**
 * Small builders for the Oppgaver rule tests: one row at a time, only the columns a rule
 * reads, synthetic fødselsnummer. Each test file uses its own database.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Database, Db } from '../../db/client.ts';
import { osloInstant } from '../../db/dates.ts';
import { syntheticFnr } from '../../db/fnr.ts';
import { loadSettings, type Settings } from '../../db/queries/settings.ts';
import type { Task, TaskContext, TaskRule } from '../../db/queries/tasks/task.ts';
import {
  allocations, applications, hospitalStays, institutions, persons, placeReports, type PlaceKind, units, unitStays, waitlistEntries,
} from '../../db/schema.ts';
import { createTestDatabase, type Driver } from './databases.ts';

let serial = 0;

/** A fresh database for the describe block (closed after it). */
export function useTaskDatabase(driver: Driver): { db: Db } {
  const context = {} as { db: Db; database: Database };
  beforeAll(async () => { context.database = await createTestDatabase(driver); context.db = context.database.db; });
  afterAll(async () => { await context.database?.close(); });
  return context;
}

/** The rule's context on `today` at noon in Oslo, with the stored settings and any overrides. */
export async function contextOn(db: Db, today: string, overrides: Partial<Settings> = {}, hour = 12): Promise<TaskContext> {
  return { today, now: osloInstant(today, hour, 0), settings: { ...(await loadSettings(db)), ...overrides } };
}

/** The rule's items on `today` with this key, or whose key starts with `key:` (a key with a date part). */
export async function itemsOn(db: Db, rule: TaskRule, today: string, key: string, overrides: Partial<Settings> = {}): Promise<Task[]> {
  return (await rule.find(db, await contextOn(db, today, overrides))).filter((t) => t.key === key || t.key.startsWith(`${key}:`));
}

/** The urgency of the rule's item on each day (null: not listed). */
export async function urgencies(db: Db, rule: TaskRule, days: readonly string[], key: string, overrides: Partial<Settings> = {}): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (const day of days) out.push((await itemsOn(db, rule, day, key, overrides))[0]?.urgency ?? null);
  return out;
}

export async function addPerson(db: Db, name = `Testperson ${++serial}`, birth = { year: 1940, month: 1 + (serial % 12), day: 1 + (serial % 28) }): Promise<number> {
  for (let individual = 2 * (serial++ % 240); ; individual += 2) {
    const fnr = syntheticFnr(birth, individual);
    if (!fnr) continue;
    const inserted = await db.insert(persons).values({ name, fnr, district: 'Sentrum' }).onConflictDoNothing().returning();
    if (inserted[0]) return inserted[0].id;
  }
}

export interface CaseOptions { kind?: PlaceKind; outcome?: 'innvilget' | 'avslag' | 'ventelistevedtak' | null; received?: string; decided?: string; guarantee?: string | null }

/** An application; decided (innvilget) unless outcome null is given. */
export async function addApplication(db: Db, personId: number, options: CaseOptions = {}): Promise<number> {
  const outcome = options.outcome === undefined ? 'innvilget' : options.outcome;
  const decided = outcome === null ? null : (options.decided ?? '2026-01-10');
  const [row] = await db.insert(applications).values({
    personId, kind: options.kind ?? 'langtid', receivedDate: options.received ?? decided ?? '2026-01-05', outcome, decisionDate: decided,
    priority: outcome === null || outcome === 'avslag' ? null : 2, guaranteeDate: options.guarantee ?? null,
    appealRegime: options.kind === 'bofellesskap' ? 'lokal' : 'statsforvalteren',
  }).returning();
  return row!.id;
}

export interface EntryOptions extends CaseOptions { status?: 'waiting' | 'reserved' | 'admitted' | 'withdrawn' | 'deceased'; statusChanged?: string }

/** A granted application and its waiting-list entry. */
export async function addEntry(db: Db, personId: number, options: EntryOptions = {}): Promise<{ applicationId: number; entryId: number }> {
  const applicationId = await addApplication(db, personId, options);
  const [entry] = await db.insert(waitlistEntries).values({
    applicationId, personId, kind: options.kind ?? 'langtid', status: options.status ?? 'waiting',
    statusChangedAt: osloInstant(options.statusChanged ?? options.decided ?? '2026-01-10', 12, 0),
  }).returning();
  return { applicationId, entryId: entry!.id };
}

export async function addUnit(db: Db, kind: PlaceKind = 'korttid'): Promise<number> {
  const code = `T${++serial}`;
  const [institution] = await db.insert(institutions).values({ name: `Testhuset ${code}`, type: 'helsehus', district: 'Sentrum' }).returning();
  const [unit] = await db.insert(units).values({ code, institutionId: institution!.id, name: `Enhet ${code}`, kind, physicalBeds: 10, staffedBeds: 10 }).returning();
  return unit!.id;
}

export async function addReport(db: Db, unitId: number, at: Date): Promise<void> {
  await db.insert(placeReports).values({ unitId, reportedAt: at, staffedBeds: 10, occupied: 9, freeNow: 1 });
}

export async function addAllocation(db: Db, entryId: number, unitId: number, date: string, status: 'reserved' | 'admitted' | 'cancelled' = 'reserved'): Promise<number> {
  const [row] = await db.insert(allocations).values({ entryId, unitId, date, status }).returning();
  return row!.id;
}

export async function addHospitalStay(db: Db, personId: number, stay: { admitted: string; ready?: string | null; ended?: string; endedReason?: string }): Promise<number> {
  const [row] = await db.insert(hospitalStays).values({
    personId, admittedDate: stay.admitted, dischargeReadyDate: stay.ready ?? null, status: stay.ended ? 'utskrevet' : stay.ready ? 'utskrivningsklar' : 'innlagt',
    endedDate: stay.ended ?? null, endedReason: stay.endedReason ?? null,
  }).returning();
  return row!.id;
}

export async function addUnitStay(db: Db, personId: number, unitId: number, stay: { from: string; to?: string; endReason?: 'hjem' | 'dod' | 'flyttet'; allocationId?: number; review?: string }): Promise<number> {
  const [row] = await db.insert(unitStays).values({
    personId, unitId, fromDate: stay.from, toDate: stay.to ?? null, endReason: stay.endReason ?? null, allocationId: stay.allocationId ?? null,
    reviewDate: stay.review ?? null,
  }).returning();
  return row!.id;
}
