/**
 * `npm run db:restore [file]`: brings a backup (default: the newest in PLASSPLAN_BACKUP_DIR)
 * back into the PGlite data folder, with the server stopped. The folder it replaces is
 * moved aside, never deleted. Refuses on DATABASE_URL (use pg_restore / psql).
 */
import { existsSync } from 'node:fs';
import { listBackups } from '../db/backup.ts';
import { restoreBackup } from '../db/restore.ts';
import { formatAge } from '../views/format.ts';
import { loadConfig } from './config.ts';

try {
  const config = loadConfig(process.env, []);
  if (config.databaseUrl) {
    throw new Error('DATABASE_URL er satt: en PostgreSQL-server henter du tilbake med pg_restore eller psql fra en pg_dump-fil, ikke med npm run db:restore.');
  }
  const [given] = process.argv.slice(2);
  const newest = listBackups(config.backupDir)[0];
  const file = given ?? newest?.path;
  if (!file || !existsSync(file)) {
    throw new Error(given ? `Fant ikke filen ${given}.` : `Ingen sikkerhetskopier i ${config.backupDir}.`);
  }
  const now = new Date();
  const result = await restoreBackup(config.dataDir, file, now);
  const age = !given && newest ? ` (tatt ${formatAge(newest.takenAt, now)})` : '';
  console.log(`Hentet tilbake ${file}${age} til ${config.dataDir}: ${result.tables} tabeller, ${result.migrations} migreringer.`);
  console.log(result.movedAside
    ? `Mappen som ble erstattet, ligger urørt i ${result.movedAside}; slett den selv når alt er i orden.`
    : 'Det var ingen datamappe fra før.');
  console.log('Start Plassplan igjen (npm run serve); nyere migreringer kjøres ved start.');
} catch (error) {
  console.error('Tilbakehenting feilet:', error instanceof Error ? error.message : error);
  process.exit(1);
}
