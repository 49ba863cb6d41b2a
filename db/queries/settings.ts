/** The office's settings (one row); created with defaults when missing. */
import type { Db, DbOrTx } from '../client.ts';
import { settings } from '../schema.ts';

export type Settings = typeof settings.$inferSelect;

export async function loadSettings(db: DbOrTx): Promise<Settings> {
  const [row] = await db.select().from(settings);
  if (row) return row;
  const [created] = await db.insert(settings).values({ id: 1 }).onConflictDoNothing().returning();
  return created ?? (await db.select().from(settings))[0]!;
}

/** How long a request may use settings read by an earlier one; another server process sees a change within this. */
export const SETTINGS_CACHE_MS = 5_000;
const cached = new WeakMap<Db, { readAt: number; settings: Promise<Settings> }>();

/**
 * The settings as pages and the session check read them: at most one read per database
 * every SETTINGS_CACHE_MS, instead of one or more per request. `updateSettings` forgets
 * them, so a change saved here applies from the next request. Use cases that decide
 * inside a transaction keep reading with `loadSettings`.
 */
export function cachedSettings(db: Db): Promise<Settings> {
  const hit = cached.get(db);
  if (hit && performance.now() - hit.readAt < SETTINGS_CACHE_MS) return hit.settings;
  const entry = { readAt: performance.now(), settings: loadSettings(db) };
  cached.set(db, entry);
  entry.settings.catch(() => { if (cached.get(db) === entry) cached.delete(db); });
  return entry.settings;
}

/** Drops the cached settings of the database: call after changing them. */
export function forgetCachedSettings(db: DbOrTx): void {
  cached.delete(db as Db);
}
