import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCachedSettings } from '../../db/queries/settings.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp } from '../../test/support/demo-app.ts';
import { loginAs, startTestServer } from '../../test/support/http.ts';

/** Purringer on Plasser for a clock; returns the unit codes listed. */
async function remindersAt(app: DemoApp, at: string): Promise<string[]> {
  const server = await startTestServer(app.database.db, () => new Date(at));
  try {
    const html = await (await (await loginAs(server.url, 'koordinator')).get('/plasser')).text();
    const section = /<section id="purringer".*?<\/section>/s.exec(html)![0];
    return [...section.matchAll(/<span class="mono muted">([A-Z]{3}-[A-Z])<\/span>/g)].map((m) => m[1]!).sort();
  } finally {
    await server.close();
  }
}

// Weekends are covered in db/queries/staleness.test.ts: a session cannot live days ahead of the real clock.
describe.each(testDrivers)('stale reports at the boundary on %s', (driver) => {
  let app: DemoApp;
  beforeAll(async () => { app = await startDemoApp(driver); });
  afterAll(async () => { await app?.close(); });

  it('when it is Monday 09:59:59 in Oslo, then only units without a report since Friday are chased', async () => {
    expect(await remindersAt(app, '2026-11-23T08:59:59Z')).toEqual(['FJE-S', 'KLO-U', 'LIN-K']);
  });

  it("when it is Monday 10:00 in Oslo, then every unit without today's report is chased, the weekend's too", async () => {
    expect(await remindersAt(app, '2026-11-23T09:00:00Z')).toEqual(['FJE-S', 'GRA-B', 'KLO-U', 'LIN-K', 'SOL-L', 'STR-L']);
  });

  it('when the settings move the hour to 08, then 08:00 is the boundary', async () => {
    // Written behind the app's back, so the cache is dropped as the admin page's save does.
    const setHour = async (hour: number) => {
      await app.database.db.execute(sql`update settings set report_stale_hour = ${hour}`);
      forgetCachedSettings(app.database.db);
    };
    await setHour(8);
    try {
      expect(await remindersAt(app, '2026-11-23T06:59:59Z')).toHaveLength(3);
      expect((await remindersAt(app, '2026-11-23T07:00:00Z')).length).toBeGreaterThan(3);
    } finally {
      await setHour(10);
    }
  });
});
