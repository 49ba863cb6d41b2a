/** Everything the person page shows, read in one go. */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { overliggerCost } from '../dates.ts';
import { allocations, applications, type PlaceKind, unitStays, units, waitlistEntries, waitlistUnitChoices } from '../schema.ts';
import { type HospitalStay, listHospitalStays } from './hospital-stays.ts';
import { findPerson, type Person } from './persons.ts';
import { loadOverliggerRates } from './queues.ts';

export type Application = typeof applications.$inferSelect;
export type Entry = typeof waitlistEntries.$inferSelect;

export interface VedtakView extends Application {
  entry: Entry | null;
  preferredUnits: string[];
  excludedUnits: string[];
}

export interface StayView extends HospitalStay {
  /** overliggerdøgn so far (open stays) or in all (ended stays), at each year's rate. */
  overligger: { days: number; nok: number };
}

/** A stay in a unit; `interim`: a korttid stay while waiting for the place of `waitsFor` (else null). */
export interface UnitStayView { id: number; unitName: string; fromDate: string; toDate: string | null; endReason: string | null; interim: boolean; waitsFor: PlaceKind | null }

/** An allocation; `kind` is the entry's (the place waited for), also for an interim korttid stay. */
export interface AllocationView { id: number; kind: PlaceKind; unitName: string; date: string; status: string; reason: string | null; decidedAt: Date | null; interim: boolean }

export type PersonLocation =
  | { type: 'home' }
  | { type: 'hospital'; stay: StayView }
  | { type: 'unit'; stay: UnitStayView };

export interface PersonPageData {
  person: Person;
  vedtak: VedtakView[];
  hospitalStays: StayView[];
  unitStays: UnitStayView[];
  allocations: AllocationView[];
  location: PersonLocation;
}

/** The person's page on `today`; undefined when there is no such person. */
export async function loadPersonPage(db: DbOrTx, personId: number, today: string): Promise<PersonPageData | undefined> {
  const person = await findPerson(db, personId);
  if (!person) return undefined;
  const [vedtak, hospital, stays, allocs] = await Promise.all([
    loadVedtak(db, personId), loadHospital(db, personId, today), loadUnitStays(db, personId), loadAllocations(db, personId),
  ]);
  const openHospital = hospital.find((s) => s.endedDate === null);
  const openUnit = stays.find((s) => s.toDate === null);
  const location: PersonLocation = openHospital ? { type: 'hospital', stay: openHospital }
    : openUnit ? { type: 'unit', stay: openUnit } : { type: 'home' };
  return { person, vedtak, hospitalStays: hospital, unitStays: stays, allocations: allocs, location };
}

async function loadVedtak(db: DbOrTx, personId: number): Promise<VedtakView[]> {
  const apps = await db.select().from(applications).where(eq(applications.personId, personId))
    .orderBy(desc(applications.decisionDate), desc(applications.id));
  const entries = await db.select().from(waitlistEntries).where(eq(waitlistEntries.personId, personId));
  const choices = entries.length === 0 ? [] : await db.select({ entryId: waitlistUnitChoices.entryId, choice: waitlistUnitChoices.choice, name: units.name })
    .from(waitlistUnitChoices).innerJoin(units, eq(units.id, waitlistUnitChoices.unitId))
    .where(inArray(waitlistUnitChoices.entryId, entries.map((e) => e.id))).orderBy(asc(units.name));
  return apps.map((app) => {
    const entry = entries.find((e) => e.applicationId === app.id) ?? null;
    const mine = choices.filter((c) => c.entryId === entry?.id);
    return {
      ...app, entry,
      preferredUnits: mine.filter((c) => c.choice === 'preferred').map((c) => c.name),
      excludedUnits: mine.filter((c) => c.choice === 'excluded').map((c) => c.name),
    };
  });
}

async function loadHospital(db: DbOrTx, personId: number, today: string): Promise<StayView[]> {
  const [stays, rates] = await Promise.all([listHospitalStays(db, personId), loadOverliggerRates(db)]);
  return stays.map((stay) => ({
    ...stay,
    overligger: stay.dischargeReadyDate ? overliggerCost(stay.dischargeReadyDate, stay.endedDate ?? today, rates) : { days: 0, nok: 0 },
  }));
}

async function loadUnitStays(db: DbOrTx, personId: number): Promise<UnitStayView[]> {
  const rows = await db.select({ id: unitStays.id, unitName: units.name, fromDate: unitStays.fromDate, toDate: unitStays.toDate, endReason: unitStays.endReason,
    interim: allocations.interim, waitsFor: waitlistEntries.kind })
    .from(unitStays).innerJoin(units, eq(units.id, unitStays.unitId))
    .leftJoin(allocations, eq(allocations.id, unitStays.allocationId)).leftJoin(waitlistEntries, eq(waitlistEntries.id, allocations.entryId))
    .where(eq(unitStays.personId, personId)).orderBy(desc(unitStays.fromDate), desc(unitStays.id));
  return rows.map((r) => ({ ...r, interim: r.interim === true, waitsFor: r.interim ? r.waitsFor : null }));
}

async function loadAllocations(db: DbOrTx, personId: number): Promise<AllocationView[]> {
  return db.select({
    id: allocations.id, kind: waitlistEntries.kind, unitName: units.name, date: allocations.date, status: allocations.status,
    reason: allocations.reason, decidedAt: allocations.decidedAt, interim: allocations.interim,
  }).from(allocations).innerJoin(waitlistEntries, eq(waitlistEntries.id, allocations.entryId)).innerJoin(units, eq(units.id, allocations.unitId))
    .where(eq(waitlistEntries.personId, personId)).orderBy(desc(allocations.date), desc(allocations.id));
}
