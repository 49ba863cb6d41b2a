/**
 * Opens the database: embedded PGlite in a data folder by default, a real PostgreSQL
 * server through postgres.js when a URL is given. Both get the same migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openPgliteClient } from './pglite.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction on it: queries accept both. */
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: the data folder as a gzipped tarball, taken right after a checkpoint, between transactions. */
  dumpDataDir?: () => Promise<Blob>;
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** postgres:// URL; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for an in-memory database. */
  dataDir?: string;
  /** PGlite only: start from a dumped data folder (a migrated template, in tests). */
  loadDataDir?: Blob;
  /** Apply migrations on open (default true). */
  migrate?: boolean;
}

/** Opens and (by default) migrates the database. Throws if migration fails. */
export async function openDb(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl ? openPostgres(options.databaseUrl) : await openPglite(options);
  if (options.migrate !== false) await migrateDb(database);
  return database;
}

async function openPglite(options: OpenOptions): Promise<Database> {
  const dataDir = options.dataDir ?? './data';
  if (!dataDir.startsWith('memory://')) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  const { client, close } = await openPgliteClient(dataDir, options.loadDataDir);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  // Inside a transaction: no other transaction runs between the checkpoint and the dump.
  const dumpDataDir = () => client.transaction(async (tx) => {
    await tx.exec('CHECKPOINT');
    return client.dumpDataDir('gzip');
  });
  return { db, driver: 'pglite', close, dumpDataDir };
}

function openPostgres(url: string): Database {
  // Notices ("already exists, skipping") are noise; warnings (grants that did nothing) are not.
  const client = postgres(url, { max: 10, onnotice: (notice) => { if (notice.severity === 'WARNING') console.warn(`PostgreSQL: ${notice.message}`); } });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
}

/**
 * Applies pending migrations, then grants the app role (plassplan_app, see migration 0004)
 * its privileges on every table, including tables the migrations just added. Run it as the
 * role that owns the tables.
 */
export async function migrateDb(database: Database): Promise<void> {
  const config = { migrationsFolder };
  if (database.driver === 'pglite') {
    await migratePglite(database.db as never, config);
  } else {
    await migratePostgres(database.db as never, config);
  }
  await database.db.execute(sql`select plassplan_grant_app_privileges()`);
}

/**
 * Rows of a raw query. PGlite returns `{ rows }`, postgres.js an array: this is the one
 * place that knows.
 */
export async function queryRows<T>(db: DbOrTx, query: Parameters<Db['execute']>[0]): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
