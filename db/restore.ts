/**
 * Bringing a backup back into the data folder, with the server stopped. The current folder
 * is moved aside, never deleted; the backup is loaded into a fresh folder and opened to
 * check it; if anything fails, the folder is put back as it was.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireLock } from './data-folder-lock.ts';

export interface RestoreResult {
  dataDir: string;
  /** Where the folder that was replaced now is; undefined when there was none. */
  movedAside: string | undefined;
  tables: number;
  migrations: number;
}

/**
 * Replaces the PGlite folder `dataDir` by the backup `file`. Throws DataFolderInUseError
 * while a process has the folder open, and a Norwegian error (folder unchanged) when the
 * backup does not load or has no Plassplan tables.
 */
export async function restoreBackup(dataDir: string, file: string, now: Date): Promise<RestoreResult> {
  const release = acquireLock(dataDir);
  try {
    const dump = new Blob([readFileSync(file)]);
    const movedAside = existsSync(dataDir) ? `${resolve(dataDir)}.replaced-${now.toISOString().replace(/:/g, '-')}` : undefined;
    if (movedAside) renameSync(dataDir, movedAside);
    else mkdirSync(dirname(resolve(dataDir)), { recursive: true });
    try {
      return { dataDir, movedAside, ...await loadAndCheck(dataDir, dump) };
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      if (movedAside) renameSync(movedAside, dataDir);
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Sikkerhetskopien ${file} kunne ikke hentes tilbake (${reason}); datamappen er som før.`, { cause: error });
    }
  } finally {
    release();
  }
}

async function loadAndCheck(dataDir: string, dump: Blob): Promise<{ tables: number; migrations: number }> {
  const pg = await PGlite.create(dataDir, { loadDataDir: dump });
  try {
    const { rows: [counts] } = await pg.query<{ tables: number; journal: boolean }>(
      `select (select count(*)::int from information_schema.tables where table_schema = 'public') as tables,
              to_regclass('drizzle.__drizzle_migrations') is not null as journal`);
    if (!counts || counts.tables === 0 || !counts.journal) throw new Error('ingen Plassplan-tabeller i den');
    const { rows: [applied] } = await pg.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    return { tables: counts.tables, migrations: applied?.n ?? 0 };
  } finally {
    await pg.close();
  }
}
