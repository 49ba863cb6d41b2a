/** A fresh migrated database with one coordinator, for a db test's describe block; closed after it. */
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import { createTestDatabase, type Driver } from './databases.ts';

export interface CoordinatorDatabase {
  database: Database;
  /** The coordinator's user id, for actors and audit rows. */
  user: number;
}

/** Call inside `describe`; the returned object is filled before the first test runs. */
export function useCoordinatorDatabase(driver: Driver): CoordinatorDatabase {
  const context = {} as CoordinatorDatabase;
  beforeAll(async () => {
    context.database = await createTestDatabase(driver);
    context.user = (await context.database.db.insert(users).values({ username: 'k', displayName: 'Kari', role: 'koordinator', passwordHash: 'x' }).returning())[0]!.id;
  });
  afterAll(async () => { await context.database?.close(); });
  return context;
}
