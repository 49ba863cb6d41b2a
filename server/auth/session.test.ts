import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { loginAs, startTestServer, type TestServer } from '../../test/support/http.ts';

describe.each(testDrivers)('Session lifetime on %s', (driver) => {
  let app: DemoApp;
  let at: number;
  let server: TestServer;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    server = await startTestServer(app.database.db, () => new Date(at));
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  it('when a session is 12 hours old, then it is ended even though it was used minutes ago', async () => {
    at = TEST_NOW.getTime();
    const client = await loginAs(server.url, 'koordinator');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      at = TEST_NOW.getTime() + minutes * 60_000;
      expect((await client.get('/ventelister')).status, `after ${minutes} minutes`).toBe(200);
    }
    at = TEST_NOW.getTime() + 12 * 60 * 60_000 + 1000;
    const res = await client.get('/ventelister');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/logg-inn/);
    expect((await client.get('/ventelister')).status).toBe(303);
  });

  it('when a session is idle longer than the idle time, then it is ended', async () => {
    at = TEST_NOW.getTime();
    const client = await loginAs(server.url, 'koordinator');
    at += 31 * 60_000;
    expect((await client.get('/ventelister')).status).toBe(303);
  });
});
