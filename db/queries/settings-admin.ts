/**
 * Changing the office's settings and the overliggerdøgn rates, each in one transaction
 * with its audit entry (the changed fields before and after).
 */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { overliggerRates, settings } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { forgetCachedSettings, loadSettings, type Settings } from './settings.ts';

/** The settings an admin may change: everything but the row id and its timestamp. */
export type EditableSettings = Omit<Settings, 'id' | 'updatedAt'>;
export type SettingKey = keyof EditableSettings;

/**
 * Saves the values that differ from the stored ones; returns the keys that changed (none:
 * nothing is written, not even an audit entry).
 */
export async function updateSettings(db: DbOrTx, values: EditableSettings, byUserId: number, at: Date): Promise<SettingKey[]> {
  const saved = await db.transaction(async (tx) => {
    await loadSettings(tx);
    const [current] = await tx.select().from(settings).where(eq(settings.id, 1)).for('update');
    const changed = (Object.keys(values) as SettingKey[]).filter((key) => values[key] !== current![key]);
    if (changed.length === 0) return [];
    const pick = (source: EditableSettings) => Object.fromEntries(changed.map((key) => [key, source[key]]));
    await tx.update(settings).set({ ...pick(values), updatedAt: at }).where(eq(settings.id, 1));
    await appendAudit(tx, { userId: byUserId, action: 'settings.update', entity: 'settings', entityId: 1, before: pick(current!), after: pick(values) });
    return changed;
  });
  forgetCachedSettings(db);
  return saved;
}

export interface OverliggerRate { year: number; nokPerDay: number }

export async function listOverliggerRates(db: DbOrTx): Promise<OverliggerRate[]> {
  return db.select().from(overliggerRates).orderBy(asc(overliggerRates.year));
}

/** Sets (adds or changes) one year's national rate, NOK per day; returns whether anything changed. */
export async function setOverliggerRate(db: DbOrTx, rate: OverliggerRate, byUserId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(overliggerRates).where(eq(overliggerRates.year, rate.year)).for('update');
    if (before?.nokPerDay === rate.nokPerDay) return false;
    await tx.insert(overliggerRates).values(rate)
      .onConflictDoUpdate({ target: overliggerRates.year, set: { nokPerDay: rate.nokPerDay } });
    await appendAudit(tx, {
      userId: byUserId, action: 'overligger-rate.set', entity: 'overligger_rate', entityId: rate.year,
      before: before ? { nokPerDay: before.nokPerDay } : null, after: { nokPerDay: rate.nokPerDay },
    });
    return true;
  });
}
