import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../db/backup.ts';
import { migrationsFolder, openDb, queryRows } from '../db/client.ts';
import { countPendingMigrations } from '../db/pending-migrations.ts';
import { restoreBackup } from '../db/restore.ts';
import { tempFolder } from '../test/support/pglite-folder.ts';
import { type EmbeddedConfig, openEmbeddedDatabase, scheduleBackups } from './embedded.ts';

const temp = tempFolder();
afterAll(() => temp.remove());

const T0 = new Date('2026-11-23T08:00:00.000Z');
const HOUR = 60 * 60_000;

/** A data folder migrated only up to the first migration, as an older Plassplan left it. */
async function olderFolder(dataDir: string): Promise<void> {
  const older = join(temp.path, 'older-migrations');
  cpSync(migrationsFolder, older, { recursive: true });
  const journalPath = join(older, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
  const database = await openDb({ dataDir, migrate: false });
  await migrate(database.db as never, { migrationsFolder: older });
  await database.close();
}

describe('the embedded database at start', () => {
  const config: EmbeddedConfig = { dataDir: join(temp.path, 'data'), backupDir: join(temp.path, 'backups'), backupKeepDays: 14 };

  it('when an existing folder has pending migrations, then a backup of it is taken before they run', async () => {
    await olderFolder(config.dataDir);
    const database = await openEmbeddedDatabase(config, () => T0);
    expect(await countPendingMigrations(database)).toBe(0);
    await database.close();
    const [backup, ...more] = listBackups(config.backupDir);
    expect(more).toEqual([]);
    expect(backup!.takenAt).toEqual(T0);

    const result = await restoreBackup(join(temp.path, 'as-before'), backup!.path, T0);
    expect(result.migrations).toBe(1);
  });

  it('when nothing is pending, then starting takes no backup; a day after the newest, the schedule takes one', async () => {
    let now = new Date(T0.getTime() + HOUR);
    const database = await openEmbeddedDatabase(config, () => now);
    const schedule = scheduleBackups(database, config, () => now);
    try {
      expect(listBackups(config.backupDir).length).toBe(1);
      expect(await schedule.checkNow()).toBeUndefined();
      now = new Date(T0.getTime() + 24 * HOUR);
      const daily = await schedule.checkNow();
      expect(daily?.takenAt).toEqual(now);
      expect(listBackups(config.backupDir).length).toBe(2);
      const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(rows[0]!.n).toBeGreaterThan(1);
    } finally {
      schedule.stop();
      await database.close();
    }
  });
});
