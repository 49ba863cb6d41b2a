/**
 * `npm run db:migrate`: applies the migrations and the app role's grants, then exits. Runs
 * as MIGRATION_DATABASE_URL (the owner) when set, else DATABASE_URL, else PGlite.
 */
import { openDb } from '../db/client.ts';
import { loadConfig } from './config.ts';

try {
  const config = loadConfig();
  const databaseUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
  const database = await openDb({ databaseUrl, dataDir: config.dataDir });
  await database.close();
  const where = config.migrationDatabaseUrl ? 'MIGRATION_DATABASE_URL' : 'DATABASE_URL';
  console.log(`Migrert: ${databaseUrl ? `PostgreSQL (${where})` : `PGlite i ${config.dataDir}`}`);
} catch (error) {
  // drizzle's message is the failed statement; the server's reason is in `cause`.
  const reason = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
  console.error('Migrering feilet:', error instanceof Error ? error.message : error, reason);
  process.exit(1);
}
