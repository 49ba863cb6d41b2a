/** Shared by the appeal and korttid tests: a person with a decided vedtak, a korttid unit, stays. */
import type { Db } from '../client.ts';
import { syntheticFnr } from '../fnr.ts';
import { applications, institutions, persons, settings, unitStays, units } from '../schema.ts';

let serial = 0;

/** A fresh person with a decided vedtak of the kind (decision date given); returns both ids. */
export async function seedVedtak(db: Db, decisionDate: string, kind: 'korttid' | 'langtid' | 'bofellesskap' = 'langtid', name = 'Klage Klagesen') {
  await db.insert(settings).values({ id: 1 }).onConflictDoNothing();
  let fnr: string | null = null;
  while (!fnr) { serial++; fnr = syntheticFnr({ year: 1930 + (serial % 50), month: 1 + (serial % 12), day: 1 + (serial % 28) }, 100 + (serial % 400)); }
  const [person] = await db.insert(persons).values({ name: `${name} ${serial}`, fnr, district: 'Sentrum' }).returning();
  const [app] = await db.insert(applications).values({
    personId: person!.id, receivedDate: decisionDate, kind, outcome: 'avslag', decisionDate,
    appealRegime: kind === 'bofellesskap' ? 'lokal' : 'statsforvalteren', reasoning: 'Testvedtak',
  }).returning();
  return { personId: person!.id, applicationId: app!.id, name: person!.name };
}

/** A unit of the kind (korttid unless told), in an institution of its own. */
export async function seedUnit(db: Db, kind: 'korttid' | 'langtid' = 'korttid'): Promise<number> {
  serial++;
  const [institution] = await db.insert(institutions).values({ name: `Helsehus ${serial}`, type: 'helsehus', district: 'Sentrum' }).returning();
  const [unit] = await db.insert(units).values({
    code: `KT-${serial}`, institutionId: institution!.id, name: `Enhet ${serial}`, kind, physicalBeds: 4, staffedBeds: 4,
  }).returning();
  return unit!.id;
}

/** A stay in the unit; open when `toDate` is null. */
export async function seedStay(db: Db, personId: number, unitId: number, fromDate: string, toDate: string | null = null, reviewDate: string | null = null): Promise<number> {
  const [stay] = await db.insert(unitStays).values({ personId, unitId, fromDate, toDate, reviewDate }).returning();
  return stay!.id;
}
