/**
 * Backups of the embedded database: the data folder as a gzipped tarball (PGlite's
 * dumpDataDir, taken right after a checkpoint, between transactions), one file per backup,
 * named by its time so that sorting by name is sorting by age.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './client.ts';

const NAME = /^plassplan-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)\.(\d{3})Z\.tar\.gz$/;
const DAY_MS = 24 * 60 * 60_000;

export interface Backup { file: string; path: string; takenAt: Date; bytes: number }

/** `plassplan-2026-12-01T11-21-20.123Z.tar.gz` (no colons: the name must work on Windows too). */
export function backupName(takenAt: Date): string {
  return `plassplan-${takenAt.toISOString().replace(/:/g, '-')}.tar.gz`;
}

function takenAtOf(file: string): Date | undefined {
  const m = NAME.exec(file);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : undefined;
}

/** The backups in `dir`, newest first; other files are ignored. */
export function listBackups(dir: string): Backup[] {
  let files: string[];
  try { files = readdirSync(dir); } catch { return []; }
  return files.flatMap((file) => {
    const takenAt = takenAtOf(file);
    if (!takenAt) return [];
    const path = join(dir, file);
    return [{ file, path, takenAt, bytes: statSync(path).size }];
  }).sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/**
 * Writes a backup of a PGlite database into `dir` (created if missing): to a temporary
 * file first, renamed when complete, so a crash never leaves a half backup under a backup's name.
 */
export async function takeBackup(database: Database, dir: string, now: Date): Promise<Backup> {
  if (!database.dumpDataDir) throw new Error('Sikkerhetskopi her gjelder bare den innebygde databasen (PGlite); for PostgreSQL: pg_dump.');
  const dump = Buffer.from(await (await database.dumpDataDir()).arrayBuffer());
  mkdirSync(dir, { recursive: true });
  const file = backupName(now);
  const path = join(dir, file);
  const partial = `${path}.partial`;
  writeFileSync(partial, dump, { flush: true });
  renameSync(partial, path);
  return { file, path, takenAt: now, bytes: dump.length };
}

/**
 * Deletes backups older than `keepDays` days before `now`, but never the newest one
 * (a server stopped for a month still has its last backup). Returns the deleted ones.
 */
export function pruneBackups(dir: string, keepDays: number, now: Date): Backup[] {
  const [, ...older] = listBackups(dir);
  const expired = older.filter((b) => now.getTime() - b.takenAt.getTime() > keepDays * DAY_MS);
  for (const b of expired) rmSync(b.path, { force: true });
  return expired;
}

/** Whether the newest backup in `dir` is a day old or more (or there is none). */
export function isBackupDue(dir: string, now: Date): boolean {
  const newest = listBackups(dir)[0];
  return !newest || now.getTime() - newest.takenAt.getTime() >= DAY_MS;
}
