import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../test/support/databases.ts';
import { type DemoApp, startDemoApp } from '../test/support/demo-app.ts';
import { type Client, loginAs } from '../test/support/http.ts';

describe.each(testDrivers)('Missing pages on %s', (driver) => {
  let app: DemoApp;
  let coordinator: Client;
  let admin: Client;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    [coordinator, admin] = await Promise.all([loginAs(app.server.url, 'koordinator'), loginAs(app.server.url, 'admin')]);
  });
  afterAll(async () => { await app?.close(); });

  it.each([
    ['person', '/personer/999999', 'Fant ikke personen.', '/personer'],
    ['meeting', '/tildelingsmote/999999', 'Fant ikke møtet.', '/tildelingsmote'],
    ['planning run', '/forslag/kjoring/999999', 'Fant ikke planleggingskjøringen.', '/forslag'],
    ['page', '/finnes-ikke', 'Siden finnes ikke', '/'],
  ])('when a missing %s is opened, then the HTML error page answers 404 with language, title, navigation and a way back', async (_what, path, message, back) => {
    const res = await coordinator.get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="nb"');
    expect(html).toContain('<title>Fant ikke siden – Plassplan</title>');
    expect(html).toContain('aria-label="Hovedmeny"');
    expect(html).toContain('href="/ventelister"');
    expect(html).toContain(message);
    expect(html).toContain(`href="${back}"`);
  });

  it('when a missing user is opened by the administrator, then the error page has the admin navigation and leads back to the users', async () => {
    const res = await admin.get('/admin/brukere/999999');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Fant ikke brukeren.');
    expect(html).toContain('href="/admin"');
    expect(html).toContain('href="/admin/brukere"');
  });

  it('when htmx asks for a missing person, then the answer is the message alone, not a page', async () => {
    const res = await coordinator.get('/personer/999999', { 'hx-request': 'true' });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('Fant ikke personen.');
  });
});
