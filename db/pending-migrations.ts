/** Whether the database lags behind db/migrations, found out read-only (the app role may not migrate). */
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type Database, migrationsFolder, queryRows } from './client.ts';

/**
 * How many migrations in db/migrations the database has not applied, by drizzle's own rule
 * (a migration is applied when it is not newer than the newest row of its journal table).
 * Needs only SELECT on drizzle.__drizzle_migrations, which migration 0004 grants plassplan_app.
 */
export async function countPendingMigrations(database: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const [journal] = await queryRows<{ present: boolean }>(database.db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!journal?.present) return migrations.length;
  const [newest] = await queryRows<{ created: string | number | null }>(database.db, sql`select max(created_at) as created from drizzle.__drizzle_migrations`);
  const applied = newest?.created == null ? -Infinity : Number(newest.created);
  return migrations.filter((migration) => migration.folderMillis > applied).length;
}
