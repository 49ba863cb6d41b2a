/** A demo-loaded database behind a running app, on a fixed day, for route tests. */
import type { Database } from '../../db/client.ts';
import { loadDemo } from '../../server/demo.ts';
import { createTestDatabase, type Driver } from './databases.ts';
import { type Client, loginAs, startTestServer, type TestServer } from './http.ts';
import { afterAll, beforeAll } from 'vitest';

/** The day the route tests live on (a Monday), 09:00 in Oslo. */
export const TEST_TODAY = '2026-11-23';
export const TEST_NOW = new Date('2026-11-23T08:00:00Z');

export interface DemoApp {
  database: Database;
  server: TestServer;
  close(): Promise<void>;
}

/** What a demo app holds: today's hand-made demo, or the simulated municipality with a past (db/demo/history). */
export interface DemoOptions { history?: boolean }

/**
 * @param now the app's clock (default: always TEST_NOW); a test that moves time passes its own.
 * @param options `history: true` loads the simulated year ending the day before TEST_TODAY.
 */
export async function startDemoApp(driver: Driver, now: () => Date = () => TEST_NOW, options: DemoOptions = {}): Promise<DemoApp> {
  const database = await createTestDatabase(driver);
  await loadDemo(database.db, 'demo', TEST_TODAY, options.history ?? false);
  const server = await startTestServer(database.db, now);
  return { database, server, close: async () => { await server.close(); await database.close(); } };
}

/** A demo app and one logged-in user, for a route test's describe block; closed after it. */
export interface DemoAppAs {
  app: DemoApp;
  client: Client;
}

/** Call inside `describe`; the returned object is filled before the first test runs. */
export function useDemoAppAs(driver: Driver, username: string, options: DemoOptions = {}): DemoAppAs {
  const context = {} as DemoAppAs;
  beforeAll(async () => {
    context.app = await startDemoApp(driver, undefined, options);
    context.client = await loginAs(context.app.server.url, username);
  });
  afterAll(async () => { await context.app?.close(); });
  return context;
}
