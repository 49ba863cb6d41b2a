import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../test/support/demo-app.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { loginAs, postLogin } from '../../test/support/http.ts';


describe.each(testDrivers)('login and logout on %s', (driver) => {
  let app: DemoApp;
  beforeAll(async () => { app = await startDemoApp(driver); });
  afterAll(async () => { await app?.close(); });

  it('when the password is wrong, then login is refused with a Norwegian message', async () => {
    const res = await postLogin(app.server.url, { brukernavn: 'koordinator', passord: 'feil' });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Feil brukernavn eller passord.');
  });

  it('when a field is empty, then the form comes back with 422 and says what is missing', async () => {
    const res = await postLogin(app.server.url, { brukernavn: '', passord: '' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Skriv brukernavnet ditt.');
  });

  it('when logout lacks the CSRF token, then it is refused and the session lives on', async () => {
    const client = await loginAs(app.server.url, 'koordinator');
    expect((await client.post('/logg-ut', {}, { csrf: false })).status).toBe(403);
    expect((await client.get('/ventelister')).status).toBe(200);
  });

  it('when the user logs out, then the session no longer opens pages', async () => {
    const client = await loginAs(app.server.url, 'koordinator');
    expect((await client.post('/logg-ut', {})).status).toBe(303);
    expect((await client.get('/ventelister')).status).toBe(303);
  });

  it('when pages are served, then a strict CSP without inline script and our own htmx 2 come along', async () => {
    const res = await fetch(`${app.server.url}/logg-inn`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const htmx = await (await fetch(`${app.server.url}/static/htmx.min.js`)).text();
    expect(htmx).toMatch(/version:"2\.0\./);
  });
});
