/** The office's settings (one row); created with defaults when missing. */
import type { DbOrTx } from '../client.ts';
import { settings } from '../schema.ts';

export type Settings = typeof settings.$inferSelect;

export async function loadSettings(db: DbOrTx): Promise<Settings> {
  const [row] = await db.select().from(settings);
  if (row) return row;
  const [created] = await db.insert(settings).values({ id: 1 }).onConflictDoNothing().returning();
  return created ?? (await db.select().from(settings))[0]!;
}
