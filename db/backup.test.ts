import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteFolder, tempFolder } from '../test/support/pglite-folder.ts';
import { backupName, isBackupDue, listBackups, pruneBackups, takeBackup } from './backup.ts';
import { type Database, openDb, queryRows } from './client.ts';
import { DataFolderInUseError } from './data-folder-lock.ts';
import { restoreBackup } from './restore.ts';

const temp = tempFolder();
afterAll(() => temp.remove());

const DAY = 24 * 60 * 60_000;
const T0 = new Date('2026-11-23T08:00:00.000Z');

async function institutionNames(database: Database): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(database.db, sql`select name from institutions order by name`);
  return rows.map((r) => r.name);
}

async function addInstitution(database: Database, name: string): Promise<void> {
  await database.db.execute(sql`insert into institutions (name, type, district) values (${name}, 'sykehjem', 'Sentrum')`);
}

describe('backup and restore of the embedded database', () => {
  const dataDir = join(temp.path, 'data');
  const backups = join(temp.path, 'backups');

  it('when a backup is restored, then the data is as it was at the backup, and the replaced folder is kept aside', async () => {
    const database = await createPgliteFolder(dataDir);
    await addInstitution(database, 'Før');
    const backup = await takeBackup(database, backups, T0);
    await addInstitution(database, 'Etter');
    await database.close();
    expect(readdirSync(backups)).toEqual([backupName(T0)]);

    const result = await restoreBackup(dataDir, backup.path, new Date(T0.getTime() + DAY));
    expect(result.tables).toBeGreaterThan(10);
    expect(result.migrations).toBeGreaterThan(0);

    const restored = await openDb({ dataDir });
    expect(await institutionNames(restored)).toEqual(['Før']);
    await restored.close();
    const replaced = await openDb({ dataDir: result.movedAside!, migrate: false });
    expect(await institutionNames(replaced)).toEqual(['Etter', 'Før']);
    await replaced.close();
  });

  it('when the data folder is open, then restore refuses and changes nothing', async () => {
    const database = await openDb({ dataDir, migrate: false });
    try {
      const [backup] = listBackups(backups);
      await expect(restoreBackup(dataDir, backup!.path, T0)).rejects.toThrow(DataFolderInUseError);
      expect(await institutionNames(database)).toEqual(['Før']);
    } finally {
      await database.close();
    }
  });

  it('when the file is not a backup, then restore fails and the data folder is as before', async () => {
    const junk = join(temp.path, 'junk.tar.gz');
    writeFileSync(junk, 'not a tarball');
    await expect(restoreBackup(dataDir, junk, T0)).rejects.toThrow(/kunne ikke hentes tilbake .*datamappen er som før/);
    const database = await openDb({ dataDir, migrate: false });
    expect(await institutionNames(database)).toEqual(['Før']);
    await database.close();
  });
});

describe('pruning backups', () => {
  function folderWith(times: Date[]): string {
    const dir = join(temp.path, `prune-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    for (const t of times) writeFileSync(join(dir, backupName(t)), '');
    writeFileSync(join(dir, 'notes.txt'), 'not a backup');
    return dir;
  }

  it('when backups are older than the days kept, then they are deleted, except the newest, and other files stay', () => {
    const dir = folderWith([-40, -20, -13, -1].map((d) => new Date(T0.getTime() + d * DAY)));
    expect(pruneBackups(dir, 14, T0).map((b) => b.takenAt.toISOString())).toEqual(['2026-11-03T08:00:00.000Z', '2026-10-14T08:00:00.000Z']);
    expect(listBackups(dir).length).toBe(2);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);

    const stale = folderWith([-90, -60].map((d) => new Date(T0.getTime() + d * DAY)));
    pruneBackups(stale, 14, T0);
    expect(listBackups(stale).map((b) => b.takenAt.toISOString())).toEqual(['2026-09-24T08:00:00.000Z']);
  });

  it('for any backup times, pruning keeps the newest and exactly those within the days kept', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({ min: -60 * 24, max: 0 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 30 }),
      (hoursAgo, keepDays) => {
        const times = hoursAgo.map((h) => new Date(T0.getTime() + h * 60 * 60_000));
        const dir = folderWith(times);
        pruneBackups(dir, keepDays, T0);
        const kept = listBackups(dir).map((b) => b.takenAt.getTime());
        const newest = Math.max(...times.map((t) => t.getTime()));
        const expected = times.map((t) => t.getTime()).filter((t) => t === newest || T0.getTime() - t <= keepDays * DAY);
        expect(kept.sort()).toEqual(expected.sort());
      }), { numRuns: 40 });
  });

  it('when the newest backup is less than a day old, then none is due; from a day on, one is', () => {
    const dir = folderWith([T0]);
    expect(isBackupDue(dir, new Date(T0.getTime() + DAY - 1))).toBe(false);
    expect(isBackupDue(dir, new Date(T0.getTime() + DAY))).toBe(true);
    expect(isBackupDue(join(temp.path, 'none-yet'), T0)).toBe(true);
  });
});
