/** A demo-loaded database behind a running app, on a fixed day, for route tests. */
import type { Database } from '../../db/client.ts';
import { loadDemo } from '../../server/demo.ts';
import { createTestDatabase, type Driver } from './databases.ts';
import { startTestServer, type TestServer } from './http.ts';

/** The day the route tests live on (a Monday), 09:00 in Oslo. */
export const TEST_TODAY = '2026-11-23';
export const TEST_NOW = new Date('2026-11-23T08:00:00Z');

export interface DemoApp {
  database: Database;
  server: TestServer;
  close(): Promise<void>;
}

export async function startDemoApp(driver: Driver): Promise<DemoApp> {
  const database = await createTestDatabase(driver);
  await loadDemo(database.db, 'demo', TEST_TODAY);
  const server = await startTestServer(database.db, () => TEST_NOW);
  return { database, server, close: async () => { await server.close(); await database.close(); } };
}
