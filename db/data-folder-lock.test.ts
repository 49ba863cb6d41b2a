import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/support/pglite-folder.ts';
import { acquireLock, DataFolderInUseError, lockHolder, lockPath } from './data-folder-lock.ts';

const temp = tempFolder();
afterAll(() => temp.remove());

/** The pid of a process that has ended (pids are not reused this quickly). */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim());
}

describe('the lock beside a PGlite data folder', () => {
  it('when a folder is locked, then a second lock is refused with who holds it, and after release it can be taken again', () => {
    const dataDir = join(temp.path, 'a');
    const release = acquireLock(dataDir);
    expect(lockHolder(dataDir)).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => acquireLock(dataDir)).toThrow(DataFolderInUseError);
    expect(() => acquireLock(dataDir)).toThrow(/er allerede i bruk \(prosess \d+/);
    release();
    expect(existsSync(lockPath(dataDir))).toBe(false);
    expect(lockHolder(dataDir)).toBeUndefined();
    acquireLock(dataDir)();
  });

  it('when the lock was left by a process that is gone (kill -9), then it is stale and taken over', () => {
    const dataDir = join(temp.path, 'b');
    writeFileSync(lockPath(dataDir), JSON.stringify({ pid: deadPid(), host: hostname(), since: '2026-01-01T00:00:00Z' }));
    expect(lockHolder(dataDir)).toBeUndefined();
    const release = acquireLock(dataDir);
    expect(lockHolder(dataDir)?.pid).toBe(process.pid);
    release();
  });

  it('when the lock names our own pid but this process never took it (pid 1 in a restarted container), then it is stale', () => {
    const dataDir = join(temp.path, 'c');
    writeFileSync(lockPath(dataDir), JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    expect(lockHolder(dataDir)).toBeUndefined();
  });

  it('when the lock names another machine, then it counts as held (a shared folder cannot be checked)', () => {
    const dataDir = join(temp.path, 'd');
    writeFileSync(lockPath(dataDir), JSON.stringify({ pid: 1, host: `not-${hostname()}`, since: '2026-01-01T00:00:00Z' }));
    expect(() => acquireLock(dataDir)).toThrow(DataFolderInUseError);
  });
});
