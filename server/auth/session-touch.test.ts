import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { type Client, loginAs, startTestServer, type TestServer } from '../../test/support/http.ts';

const seconds = (s: number) => new Date(TEST_NOW.getTime() + s * 1000);

describe.each(testDrivers)('how often a session is written, on %s', (driver) => {
  let app: DemoApp;
  let server: TestServer;
  let client: Client;
  let clock = TEST_NOW;
  const lastSeen = async () => {
    const [user] = await app.database.db.select().from(users).where(eq(users.username, 'koordinator'));
    const rows = await app.database.db.select().from(sessions).where(eq(sessions.userId, user!.id));
    return rows.map((s) => s.lastSeenAt.toISOString());
  };

  beforeAll(async () => {
    app = await startDemoApp(driver);
    server = await startTestServer(app.database.db, () => clock);
    client = await loginAs(server.url, 'koordinator');
    // The row is stamped by the database's clock at login; put it on the test clock.
    await app.database.db.update(sessions).set({ lastSeenAt: TEST_NOW });
  });
  afterAll(async () => { await server?.close(); await app?.close(); });

  it('when requests come within a minute of the last write, then last_seen_at is not rewritten', async () => {
    clock = seconds(59);
    expect((await client.get('/ventelister')).status).toBe(200);
    expect(await lastSeen()).toEqual([TEST_NOW.toISOString()]);
  });

  it('when more than a minute has passed, then the next request moves last_seen_at to now', async () => {
    clock = seconds(61);
    expect((await client.get('/ventelister')).status).toBe(200);
    expect(await lastSeen()).toEqual([seconds(61).toISOString()]);
  });

  it('when the session has been idle just under the idle time (30 min), then it still opens pages', async () => {
    clock = seconds(61 + 30 * 60 - 1);
    expect((await client.get('/ventelister')).status).toBe(200);
    expect(await lastSeen()).toEqual([clock.toISOString()]);
  });

  it('when it has been idle longer than the idle time since the last write, then it is ended', async () => {
    clock = new Date(clock.getTime() + 30 * 60_000 + 1000);
    expect((await client.get('/ventelister')).status).toBe(303);
    expect(await lastSeen()).toEqual([]);
  });
});
