/** Names and free text are data, never markup: every page that shows them escapes them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from './support/databases.ts';
import { type DemoApp, startDemoApp } from './support/demo-app.ts';
import { HOSTILE_NAME, insertHostilePerson } from './support/hostile-person.ts';
import { loginAs } from './support/http.ts';

/** No live markup from the hostile texts: no script, no img with onerror, no injected element. */
function expectInert(html: string): void {
  expect(html).not.toContain(HOSTILE_NAME);
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('id="injected"');
}

describe.each(testDrivers)('escaping of names and reasoning on %s', (driver) => {
  let app: DemoApp;
  let personId: number;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    ({ personId } = await insertHostilePerson(app.database.db));
  });
  afterAll(async () => { await app?.close(); });

  it('when a person named like a script waits on korttid, then Ventelister shows the name as text', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    for (const res of [await coordinator.get('/ventelister?ko=korttid'), await coordinator.get('/ventelister?ko=korttid', { 'hx-request': 'true' })]) {
      const html = await res.text();
      expect(html).toContain('&lt;script>alert(1)&lt;/script>');
      expectInert(html);
    }
  });

  it('when the person page shows the vedtak, then the reasoning is text', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    const res = await coordinator.get(`/personer/${personId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/&lt;img src=x onerror=(&quot;|")alert\(2\)(&quot;|")>&lt;b id=(&quot;|")injected(&quot;|")>fet&lt;\/b> &amp; /);
    expectInert(html);
  });

  it('when the admin reads the log of the person, then name and reasoning are text', async () => {
    const admin = await loginAs(app.server.url, 'admin');
    const html = await (await admin.get(`/admin/logg?person=${personId}`)).text();
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).toMatch(/&lt;img src=x onerror=(&quot;|")alert\(2\)(&quot;|")>&lt;b id=/);
    expectInert(html);
  });
});
