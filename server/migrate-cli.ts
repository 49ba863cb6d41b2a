/** `npm run db:migrate`: applies the migrations to the configured database and exits (the app also does it at start). */
import { openDb } from '../db/client.ts';
import { loadConfig } from './config.ts';

try {
  const config = loadConfig();
  const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.close();
  console.log(`Migrert: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite i ${config.dataDir}`}`);
} catch (error) {
  console.error('Migrering feilet:', error instanceof Error ? error.message : error);
  process.exit(1);
}
