/**
 * A municipality small enough to reason about: one langtid unit with a report from this
 * morning, the people waiting for it at home, and a coordinator (password «demo»).
 * Call it again for another unit in the same database.
 */
import { hash } from '@node-rs/argon2';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { addDays, osloInstant } from '../../db/dates.ts';
import { createUser } from '../../db/queries/users.ts';
import {
  applications, expectedDepartures, institutions, persons, placeReports, settings, units, users, waitlistEntries,
} from '../../db/schema.ts';

export interface OneUnitOptions {
  /** Unit code, unique per database. */
  code: string;
  today: string;
  staffedBeds?: number;
  freeNow: number;
  departures?: { date: string; count: number }[];
  /** How many people wait at home for langtid. */
  waiting: number;
}

export interface OneUnit { unitId: number; entryIds: number[] }

/** Inserts the unit, its report and the waiting people; creates the coordinator once. */
export async function seedOneUnit(db: Db, options: OneUnitOptions): Promise<OneUnit> {
  const beds = options.staffedBeds ?? 8;
  await db.insert(settings).values({ id: 1 }).onConflictDoNothing();
  const [institution] = await db.insert(institutions).values({ name: `Testheimen ${options.code}`, type: 'sykehjem', district: 'Sentrum' }).returning();
  const [unit] = await db.insert(units).values({
    code: options.code, institutionId: institution!.id, name: `Langtid ${options.code}`, kind: 'langtid', physicalBeds: beds, staffedBeds: beds,
  }).returning();
  const [report] = await db.insert(placeReports).values({
    unitId: unit!.id, reportedAt: osloInstant(options.today, 7, 30), staffedBeds: beds, occupied: beds - options.freeNow, freeNow: options.freeNow,
  }).returning();
  if (options.departures?.length) {
    await db.insert(expectedDepartures).values(options.departures.map((d) => ({ reportId: report!.id, date: d.date, count: d.count })));
  }
  const [{ n: already }] = await db.select({ n: count() }).from(persons) as [{ n: number }];
  const entryIds: number[] = [];
  for (let i = 0; i < options.waiting; i++) {
    const [person] = await db.insert(persons).values({ name: `Person ${options.code} ${i + 1}`, fnr: String(10_000_000_000 + already + i), district: 'Sentrum' }).returning();
    const decided = addDays(options.today, -30 - i);
    const [application] = await db.insert(applications).values({
      personId: person!.id, receivedDate: addDays(decided, -10), kind: 'langtid', outcome: 'innvilget', decisionDate: decided,
      priority: 2, guaranteeDate: addDays(decided, 61), appealRegime: 'statsforvalteren',
    }).returning();
    const [entry] = await db.insert(waitlistEntries).values({ applicationId: application!.id, personId: person!.id, kind: 'langtid' }).returning();
    entryIds.push(entry!.id);
  }
  const [coordinator] = await db.select().from(users).where(eq(users.username, 'koordinator'));
  if (!coordinator) await createUser(db, { username: 'koordinator', displayName: 'Kari Koordinator', role: 'koordinator', passwordHash: await hash('demo') }, null);
  return { unitId: unit!.id, entryIds };
}
