/**
 * A municipality where interim korttid matters: a full langtid unit (a place frees in 20 days),
 * a korttid unit with free beds, and langtid patients in hospital, utskrivningsklare, whose
 * vedtak lets them wait on korttid. Leaders: `leder-k` for the korttid unit, `leder-l` for the
 * langtid one (password «demo»); the coordinator as in one-unit.ts.
 */
import { hash } from '@node-rs/argon2';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { addDays } from '../../db/dates.ts';
import { createUser } from '../../db/queries/users.ts';
import { applications, hospitalStays, units, userUnits, waitlistEntries } from '../../db/schema.ts';
import { seedOneUnit } from './one-unit.ts';

export interface InterimWorld { langtidId: number; korttidId: number; entryIds: number[]; personIds: number[]; codes: { langtid: string; korttid: string } }

/**
 * Seeds the world under codes `<prefix>-L` and `<prefix>-K`; call again with another prefix for
 * another world in the same database (leaders are created once, for the first world).
 * @param korttidFree free korttid beds today
 * @param patients langtid patients in hospital, utskrivningsklare since yesterday
 */
export async function seedInterimWorld(db: Db, today: string, { prefix = 'INT', korttidFree = 2, patients = 1 } = {}): Promise<InterimWorld> {
  const codes = { langtid: `${prefix}-L`, korttid: `${prefix}-K` };
  const langtid = await seedOneUnit(db, { code: codes.langtid, today, freeNow: 0, departures: [{ date: addDays(today, 20), count: 1 }], waiting: patients });
  const korttid = await seedOneUnit(db, { code: codes.korttid, today, freeNow: korttidFree, waiting: 0 });
  await db.update(units).set({ kind: 'korttid', name: `Korttid ${codes.korttid}` }).where(eq(units.id, korttid.unitId));
  const entries = await db.select().from(waitlistEntries).where(inArray(waitlistEntries.id, langtid.entryIds)).orderBy(waitlistEntries.id);
  await db.update(applications).set({ interimAllowed: true }).where(inArray(applications.id, entries.map((e) => e.applicationId)));
  await db.insert(hospitalStays).values(entries.map((e) => ({
    personId: e.personId, admittedDate: addDays(today, -5), dischargeReadyDate: addDays(today, -1), status: 'utskrivningsklar',
  })));
  if (prefix === 'INT') {
    for (const [username, unitId] of [['leder-k', korttid.unitId], ['leder-l', langtid.unitId]] as const) {
      const userId = await createUser(db, { username, displayName: `Leder ${username}`, role: 'institusjonsleder', passwordHash: await hash('demo') }, null);
      await db.insert(userUnits).values({ userId, unitId });
    }
  }
  return { langtidId: langtid.unitId, korttidId: korttid.unitId, entryIds: langtid.entryIds, personIds: entries.map((e) => e.personId), codes };
}
