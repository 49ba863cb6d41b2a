/**
 * `npm run db:backup`: a backup of the embedded database (PGlite) into PLASSPLAN_BACKUP_DIR,
 * old ones pruned. With the server stopped: a running server has the folder, and takes a
 * backup itself every day and before migrations. Refuses on DATABASE_URL (use pg_dump).
 */
import { lockHolder } from '../db/data-folder-lock.ts';
import { openDb } from '../db/client.ts';
import { loadConfig } from './config.ts';
import { backupAndPrune } from './embedded.ts';

const MB = 1024 * 1024;

try {
  const config = loadConfig(process.env, []);
  if (config.databaseUrl) {
    throw new Error('DATABASE_URL er satt: sikkerhetskopi av en PostgreSQL-server tar du med pg_dump (og serverens egne rutiner), ikke med npm run db:backup.');
  }
  const holder = lockHolder(config.dataDir);
  if (holder) {
    throw new Error(`Plassplan kjører og har datamappen ${config.dataDir} (prosess ${holder.pid}). Den tar sikkerhetskopi selv hver dag og før migreringer `
      + `(i ${config.backupDir}); stopp den for å ta en nå.`);
  }
  const database = await openDb({ dataDir: config.dataDir, migrate: false });
  try {
    const backup = await backupAndPrune(database, config, new Date());
    console.log(`Sikkerhetskopi tatt: ${backup.path} (${(backup.bytes / MB).toFixed(1)} MB). Eldre enn ${config.backupKeepDays} dager slettes, den nyeste beholdes alltid.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error('Sikkerhetskopi feilet:', error instanceof Error ? error.message : error);
  process.exit(1);
}
