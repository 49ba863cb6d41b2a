/**
 * Opens the app's database as configured. PGlite: with its folder lock, a backup before
 * pending migrations and daily backups (server/embedded.ts). PostgreSQL with MIGRATION_DATABASE_URL: the
 * owner's connection migrates and is closed, and the app runs on DATABASE_URL, a member of
 * plassplan_app that cannot alter the audit log. With DATABASE_URL alone, that role
 * migrates when migrations are pending (development: it owns the tables), so an app role
 * whose migrations were run by `npm run db:migrate` starts without owner credentials.
 */
import { type Database, migrateDb, openDb } from '../db/client.ts';
import { countPendingMigrations } from '../db/pending-migrations.ts';
import type { Config } from './config.ts';
import { openEmbeddedDatabase } from './embedded.ts';

export type DatabaseConfig = Pick<Config, 'databaseUrl' | 'migrationDatabaseUrl' | 'dataDir' | 'backupDir' | 'backupKeepDays'>;

/** The migrated database the app runs on; throws (with what to do) when it cannot be migrated. */
export async function openAppDatabase(config: DatabaseConfig): Promise<Database> {
  if (!config.databaseUrl) return openEmbeddedDatabase(config);
  if (config.migrationDatabaseUrl) {
    const owner = await openDb({ databaseUrl: config.migrationDatabaseUrl, migrate: false });
    try { await migrateDb(owner); } finally { await owner.close(); }
    return openDb({ databaseUrl: config.databaseUrl, migrate: false });
  }
  const database = await openDb({ databaseUrl: config.databaseUrl, migrate: false });
  try {
    const pending = await countPendingMigrations(database);
    if (pending > 0) await migrateDb(database).catch((error: unknown) => { throw cannotMigrate(pending, error); });
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

function cannotMigrate(pending: number, error: unknown): Error {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(`${pending} migrering(er) venter, og rollen i DATABASE_URL kunne ikke kjøre dem (${reason}). `
    + 'Kjør dem som eieren av tabellene: sett MIGRATION_DATABASE_URL, eller kjør npm run db:migrate med den.', { cause: error });
}
