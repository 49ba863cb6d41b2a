/**
 * Demo mode: the synthetic municipality and one user per role, all with the demo
 * password. Only ever into an empty database.
 */
import { hash } from '@node-rs/argon2';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loadDemoData } from '../db/demo/index.ts';
import { loadDemoHistory } from '../db/demo/history/load-history.ts';
import { createUser } from '../db/queries/users.ts';
import { institutions, type Role, units } from '../db/schema.ts';

const DEMO_USERS: { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: 'Ada Administrator', role: 'admin' },
  { username: 'koordinator', displayName: 'Kari Koordinator', role: 'koordinator' },
  { username: 'leder', displayName: 'Lars Leder', role: 'institusjonsleder' },
  { username: 'mote', displayName: 'Møterommet', role: 'mote' },
  { username: 'kontorleder', displayName: 'Kristin Kontorleder', role: 'kontorleder' },
];

/**
 * Loads demo data and demo users into an empty database; returns whether it did. With
 * `history`, the municipality is the end of a simulated history (db/demo/history) instead.
 */
export async function loadDemo(db: Db, password: string, today?: string, history = false): Promise<boolean> {
  const options = today ? { today } : {};
  if (history) {
    const result = await loadDemoHistory(db, options);
    if (!result.loaded) return false;
    console.log(`Historikk: simulert på ${result.simulateMs} ms, lastet på ${result.loadMs} ms`);
  } else if (!(await loadDemoData(db, options)).loaded) {
    return false;
  }
  const passwordHash = await hash(password);
  const leaderUnits = await unitsOfFirstInstitution(db);
  for (const user of DEMO_USERS) {
    await createUser(db, { ...user, passwordHash, unitIds: user.role === 'institusjonsleder' ? leaderUnits : [] }, null);
  }
  console.log(`Demodata lastet. Demobrukere: ${DEMO_USERS.map((u) => u.username).join(', ')} (passord fra PLASSPLAN_DEMO_PASSWORD, standard «demo»)`);
  return true;
}

/** The leader runs the units of the first institution by name. */
async function unitsOfFirstInstitution(db: Db): Promise<number[]> {
  const [first] = await db.select({ id: institutions.id }).from(institutions).orderBy(asc(institutions.name)).limit(1);
  if (!first) return [];
  const rows = await db.select({ id: units.id }).from(units).where(eq(units.institutionId, first.id));
  return rows.map((r) => r.id);
}
