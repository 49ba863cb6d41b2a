/**
 * One process per PGlite data folder. PGlite itself does not stop a second process from
 * opening a folder that is in use (its postmaster.pid always says -42), and two PostgreSQL
 * engines writing one folder corrupt it (electric-sql/pglite#327, #709). So the folder gets
 * a lock file beside it, `<folder>.lock`, naming the process that holds it.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

export interface LockHolder { pid: number; host: string; since: string }

/** Thrown when another live process holds the folder. */
export class DataFolderInUseError extends Error {
  constructor(readonly dataDir: string, readonly holder: LockHolder) {
    super(`Datamappen ${dataDir} er allerede i bruk (prosess ${holder.pid} på ${holder.host}, siden ${holder.since}). `
      + 'Stopp den først; bare én prosess kan bruke en PGlite-mappe om gangen. '
      + `(The data folder is in use by another process; if none is running, delete ${lockPath(dataDir)}.)`);
    this.name = 'DataFolderInUseError';
  }
}

/** Paths this process holds, so a lock left by an earlier process with our pid (pid 1 in a container) counts as stale. */
const held = new Set<string>();

export function lockPath(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

/** The live process holding the folder, or undefined when it is free (no lock, or a stale one). */
export function lockHolder(dataDir: string): LockHolder | undefined {
  const path = lockPath(dataDir);
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { pid: -1, host: 'ukjent', since: 'ukjent' }; // half-written: treat as held, the message says what to do
  }
  return isAlive(holder, path) ? holder : undefined;
}

function isAlive(holder: LockHolder, path: string): boolean {
  if (holder.host !== hostname()) return true; // a folder shared between machines: cannot check, so assume it is
  if (holder.pid === process.pid) return held.has(path);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder for this process; a stale lock (its process is gone, e.g. after kill -9)
 * is taken over. Throws DataFolderInUseError when a live process holds it.
 * @returns release, which removes the lock file (idempotent).
 */
export function acquireLock(dataDir: string): () => void {
  const path = lockPath(dataDir);
  const holder = lockHolder(dataDir);
  if (holder) throw new DataFolderInUseError(dataDir, holder);
  try { unlinkSync(path); } catch { /* there was none */ }
  let fd: number;
  try {
    fd = openSync(path, 'wx'); // exclusive: of two processes starting at once, one gets it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new DataFolderInUseError(dataDir, lockHolder(dataDir) ?? { pid: -1, host: 'ukjent', since: 'nå' });
  }
  const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  writeSync(fd, JSON.stringify(mine));
  closeSync(fd);
  held.add(path);
  return () => {
    if (!held.delete(path)) return;
    try { unlinkSync(path); } catch { /* already gone */ }
  };
}
