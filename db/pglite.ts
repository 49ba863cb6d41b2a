/**
 * Opening the embedded PGlite with the care it needs in a long-running server: one process
 * per folder (a lock file), a clear message with what to do when a folder cannot be opened,
 * a turn for the event loop between queries, and regular checkpoints.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireLock } from './data-folder-lock.ts';
import { takeTurns } from './pglite-turns.ts';

/**
 * PGlite runs PostgreSQL in single-user mode, where no checkpoint happens between open and
 * close: the WAL since the last clean start grows without bound and all of it is replayed
 * after a crash. A checkpoint this often (when anything was written) keeps that short.
 */
export const CHECKPOINT_EVERY_MS = 5 * 60_000;

/** Thrown when PGlite cannot open an existing data folder (typically after a crash). */
export class DataFolderUnreadableError extends Error {
  constructor(readonly dataDir: string, readonly reason: string, options: { cause: unknown }) {
    super(`PGlite kunne ikke åpne datamappen ${dataDir}: ${reason}. Mappen er ikke endret. `
      + 'Hent tilbake siste sikkerhetskopi med «npm run db:restore» (mappen flyttes til side, den slettes ikke). '
      + '(PGlite could not open the data folder; restore the newest backup with npm run db:restore.)', options);
    this.name = 'DataFolderUnreadableError';
  }
}

export interface OpenPglite {
  client: PGlite;
  /** Closes PGlite (which ends with a checkpoint) and frees the folder; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens PGlite in `dataDir` (`memory://…` for a database in memory: no lock, no timer).
 * Throws DataFolderInUseError when another process has the folder, DataFolderUnreadableError
 * when an existing folder cannot be opened.
 */
export async function openPgliteClient(dataDir: string, loadDataDir?: Blob): Promise<OpenPglite> {
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : acquireLock(dataDir);
  const existed = !inMemory && existsSync(join(dataDir, 'PG_VERSION'));
  const log: string[] = [];
  let client: PGlite;
  try {
    // relaxedDurability: false (the default, said out loud): every query waits for its sync.
    // On NodeFS that sync is a no-op anyway: writes go straight to the files (see README).
    client = await PGlite.create(dataDir, {
      relaxedDurability: false,
      ...(loadDataDir ? { loadDataDir } : {}),
      onStderr: (line) => { log.push(line); if (log.length > 20) log.shift(); return false; },
    });
  } catch (error) {
    release();
    if (!existed) throw error;
    const reason = log.filter((l) => /PANIC|FATAL/.test(l)).at(-1)?.replace(/^.*?(PANIC|FATAL):\s*/, '$1: ');
    throw new DataFolderUnreadableError(dataDir, reason ?? String(error), { cause: error });
  }
  takeTurns(client);
  const checkpoint = checkpointer(client);
  const timer = inMemory ? undefined : setInterval(() => void checkpoint(), CHECKPOINT_EVERY_MS);
  timer?.unref();
  let closing: Promise<void> | undefined;
  return {
    client,
    close: () => closing ??= (async () => {
      clearInterval(timer);
      try { await client.close(); } finally { release(); }
    })(),
  };
}

/**
 * A CHECKPOINT that is skipped when nothing was written since the previous one.
 * @returns run, which resolves to whether it checkpointed; failures are logged, not thrown.
 */
export function checkpointer(client: PGlite): () => Promise<boolean> {
  let after: string | undefined;
  const insertLsn = async () => (await client.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')).rows[0]!.lsn;
  return async () => {
    try {
      if (after !== undefined && await insertLsn() === after) return false;
      await client.exec('CHECKPOINT');
      after = await insertLsn();
      return true;
    } catch (error) {
      if (!client.closed) console.warn('PGlite: CHECKPOINT feilet:', error instanceof Error ? error.message : error);
      return false;
    }
  };
}
