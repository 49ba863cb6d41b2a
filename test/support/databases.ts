/**
 * The database suite runs on every driver: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set. Each call gives a fresh, migrated, empty database.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type Database, openDb } from '../../db/client.ts';

export type Driver = 'pglite' | 'postgres';

/** The drivers this run tests on. */
export const testDrivers: Driver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh migrated database on the driver; close it in afterAll. */
export async function createTestDatabase(driver: Driver): Promise<Database> {
  return driver === 'pglite' ? createPglite() : createPostgresDatabase(process.env.TEST_DATABASE_URL!);
}

async function createPglite(): Promise<Database> {
  const templatePath = inject('pgliteTemplatePath');
  if (!templatePath) return openDb({ dataDir: 'memory://' });
  const dump = new Blob([await readFile(templatePath)]);
  return openDb({ dataDir: 'memory://', loadDataDir: dump, migrate: false });
}

/** A database of its own on the server, dropped again on close. */
async function createPostgresDatabase(url: string): Promise<Database> {
  const name = `plassplan_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const database = await openDb({ databaseUrl: own.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string | undefined;
  }
}
