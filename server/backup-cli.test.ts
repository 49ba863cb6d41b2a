import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../db/backup.ts';
import { createPgliteFolder, tempFolder } from '../test/support/pglite-folder.ts';

const temp = tempFolder();
afterAll(() => temp.remove());
const dataDir = join(temp.path, 'data');
const backupDir = join(temp.path, 'backups');

/** The CLI as npm runs it, on PGlite in the temp folder unless `extra` says otherwise. */
function cli(script: string, args: string[] = [], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _unused, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args],
      { env: { ...env, PLASSPLAN_DATA_DIR: dataDir, PLASSPLAN_BACKUP_DIR: backupDir, ...extra } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe('npm run db:backup and npm run db:restore', () => {
  it('when DATABASE_URL is set, then both refuse and name the PostgreSQL tools', async () => {
    const url = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const [backup, restore] = await Promise.all([cli('server/backup-cli.ts', [], url), cli('server/restore-cli.ts', [], url)]);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain('pg_dump');
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('pg_restore');
  });

  it('when the server has the folder, then db:backup refuses; when it is stopped, a backup is taken and db:restore brings it back', async () => {
    const running = await createPgliteFolder(dataDir);
    const refused = await cli('server/backup-cli.ts');
    await running.close();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Plassplan kjører og har datamappen/);

    const backup = await cli('server/backup-cli.ts');
    expect(backup.stdout).toMatch(/Sikkerhetskopi tatt: .*plassplan-.*\.tar\.gz/);
    expect(listBackups(backupDir).length).toBe(1);

    const restore = await cli('server/restore-cli.ts');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Hentet tilbake .*plassplan-.*tatt akkurat nå/);
    const aside = /ligger urørt i (\S+);/.exec(restore.stdout)?.[1];
    expect(aside && existsSync(aside)).toBe(true);
  }, 120_000);
});
