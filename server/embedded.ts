/**
 * The embedded database (PGlite) at start and while the server runs: a backup before
 * pending migrations are applied, then one a day, and backups past their days pruned.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Backup, isBackupDue, pruneBackups, takeBackup } from '../db/backup.ts';
import { type Database, migrateDb, openDb } from '../db/client.ts';
import { countPendingMigrations } from '../db/pending-migrations.ts';
import type { Config } from './config.ts';

export type EmbeddedConfig = Pick<Config, 'dataDir' | 'backupDir' | 'backupKeepDays'>;

const HOUR_MS = 60 * 60_000;

/**
 * Opens PGlite in the data folder and migrates it; an existing folder with pending
 * migrations is backed up first. Daily backups run until the database is closed.
 */
export async function openEmbeddedDatabase(config: EmbeddedConfig, now: () => Date = () => new Date()): Promise<Database> {
  const existed = existsSync(join(config.dataDir, 'PG_VERSION'));
  const database = await openDb({ dataDir: config.dataDir, migrate: false });
  try {
    const pending = existed ? await countPendingMigrations(database) : 0;
    if (pending > 0) {
      const backup = await backupAndPrune(database, config, now());
      console.log(`Sikkerhetskopi før ${pending} migrering(er): ${backup.path}`);
    }
    await migrateDb(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const schedule = scheduleBackups(database, config, now);
  return { ...database, close: async () => { schedule.stop(); await database.close(); } };
}

/** A backup now, then the old ones pruned. */
export async function backupAndPrune(database: Database, config: EmbeddedConfig, at: Date): Promise<Backup> {
  const backup = await takeBackup(database, config.backupDir, at);
  pruneBackups(config.backupDir, config.backupKeepDays, at);
  return backup;
}

export interface BackupSchedule {
  /** Takes a backup when the newest is a day old or more; resolves to it, or undefined. */
  checkNow(): Promise<Backup | undefined>;
  stop(): void;
}

/**
 * Checks a minute after start and then hourly whether a backup is due: a server restarted
 * more often than daily still gets its daily backup. Timers are unref'd.
 */
export function scheduleBackups(database: Database, config: EmbeddedConfig, now: () => Date): BackupSchedule {
  let running: Promise<Backup | undefined> | undefined;
  const check = async () => {
    if (!isBackupDue(config.backupDir, now())) return undefined;
    const backup = await backupAndPrune(database, config, now());
    console.log(`Daglig sikkerhetskopi: ${backup.path}`);
    return backup;
  };
  const checkNow = () => running ??= check()
    .catch((error: unknown) => { console.error('Daglig sikkerhetskopi feilet:', error instanceof Error ? error.message : error); return undefined; })
    .finally(() => { running = undefined; });
  const first = setTimeout(() => void checkNow(), 60_000).unref();
  const hourly = setInterval(() => void checkNow(), HOUR_MS).unref();
  return { checkNow, stop: () => { clearTimeout(first); clearInterval(hourly); } };
}
