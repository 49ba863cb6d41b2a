import type { AddressInfo } from 'node:net';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningRuns, users } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { createApp } from '../app.tsx';
import { loginAs, postLogin, startTestServer, type TestServer } from '../../test/support/http.ts';

const login = (url: string, brukernavn: string, passord: string, headers: Record<string, string> = {}) =>
  postLogin(url, { brukernavn, passord }, { headers });

/** A login post without opening the form: what another site's page could make a browser send. */
const forgedLogin = (url: string, fields: Record<string, string>, cookie = '') => fetch(`${url}/logg-inn`, {
  method: 'POST', redirect: 'manual',
  headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
  body: new URLSearchParams({ brukernavn: 'koordinator', passord: 'demo', ...fields }),
});

describe.each(testDrivers)('Login throttling, CSRF and headers on %s', (driver) => {
  let app: DemoApp;
  beforeAll(async () => { app = await startDemoApp(driver); });
  afterAll(async () => { await app?.close(); });

  it('when a state-changing request lacks the CSRF token or has a wrong one, then it is refused with 403 and nothing changes', async () => {
    const admin = await loginAs(app.server.url, 'admin');
    const form = { brukernavn: 'smuglet', navn: 'Smug Let', rolle: 'admin', passord: 'et-langt-passord-1' };
    expect((await admin.post('/admin/brukere', form, { csrf: false })).status).toBe(403);
    expect((await admin.post('/admin/brukere', { ...form, _csrf: 'feil' }, { csrf: false })).status).toBe(403);
    expect(await app.database.db.select().from(users).where(eq(users.username, 'smuglet'))).toHaveLength(0);

    const coordinator = await loginAs(app.server.url, 'koordinator');
    const runs = (await app.database.db.select().from(planningRuns)).length;
    const res = await coordinator.post('/forslag/planlegg', {}, { csrf: false, headers: { 'hx-request': 'true' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('CSRF');
    expect(await app.database.db.select().from(planningRuns)).toHaveLength(runs);
  });

  it('when a login post lacks the login form token or has a wrong one, then it is refused with 403 and no session is made', async () => {
    const page = await fetch(`${app.server.url}/logg-inn`);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    for (const res of [
      await forgedLogin(app.server.url, {}),
      await forgedLogin(app.server.url, { _csrf: token }),
      await forgedLogin(app.server.url, { _csrf: 'feil' }, cookie),
      await forgedLogin(app.server.url, {}, cookie),
    ]) {
      expect(res.status).toBe(403);
      expect(res.headers.getSetCookie().join()).not.toContain('plassplan_sesjon=');
      expect(await res.text()).toContain('Innloggingsskjemaet var utløpt eller ugyldig.');
    }
    expect((await forgedLogin(app.server.url, { _csrf: token }, cookie)).status).toBe(303);
  });

  it('when forged login posts fail, then they do not count as failed logins', async () => {
    for (let i = 0; i < 5; i++) expect((await forgedLogin(app.server.url, { brukernavn: 'leder', passord: `feil-${i}` })).status).toBe(403);
    expect((await login(app.server.url, 'leder', 'demo')).status).toBe(303);
  });

  it('when the token comes in the X-CSRF-Token header, as htmx sends it, then the change goes through', async () => {
    const admin = await loginAs(app.server.url, 'admin');
    const form = { brukernavn: 'via.header', navn: 'Via Header', rolle: 'mote', passord: 'et-langt-passord-1' };
    const res = await admin.post('/admin/brukere', form, { csrf: false, headers: { 'x-csrf-token': admin.csrfToken } });
    expect(res.status).toBe(303);
  });

  it('when there is no session, then a state-changing request gets 401, not a CSRF message', async () => {
    const res = await fetch(`${app.server.url}/forslag/planlegg`, { method: 'POST', redirect: 'manual' });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Du er ikke logget inn');
  });

  it('when pages are served, then the security headers are set and the cookie is httpOnly and SameSite=Lax', async () => {
    const res = await login(app.server.url, 'mote', 'demo');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // only behind a TLS proxy (TRUST_PROXY)
    const page = await fetch(`${app.server.url}/logg-inn`);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp.split(';').map((d) => d.trim())).toContain("font-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('strict-transport-security')).toBeNull(); // plain http: HSTS only behind the TLS proxy
    expect(page.headers.get('x-powered-by')).toBeNull();
  });

  it('when pages, fragments and downloads with personal data are served, then they carry no-store and static files keep their caching', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
    const [run] = await app.database.db.select().from(planningRuns).orderBy(desc(planningRuns.id)).limit(1);
    const paths = ['/ventelister', '/forslag/oyeblikksbilde.json', `/forslag/kjoring/${run!.id}/snapshot.json`, `/forslag/kjoring/${run!.id}/plan.json`];
    for (const path of paths) {
      const res = await coordinator.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    const fragment = await coordinator.get('/personer?q=a', { 'hx-request': 'true' });
    expect(fragment.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${app.server.url}/logg-inn`)).headers.get('cache-control')).toBe('no-store');
    expect((await coordinator.get('/finnes-ikke')).headers.get('cache-control')).toBe('no-store');
    for (const file of ['/static/app.css', '/static/htmx.min.js']) {
      expect((await fetch(`${app.server.url}${file}`)).headers.get('cache-control'), file).toMatch(/max-age=3600/);
    }
  });

  it('when behind a TLS-terminating proxy, then HSTS is sent and the session cookie is Secure', async () => {
    const { handler } = createApp({ db: app.database.db, config: { trustProxy: true }, now: () => TEST_NOW });
    const server = handler.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const form = await fetch(`${url}/logg-inn`);
      expect(form.headers.get('set-cookie')).toMatch(/^__Host-plassplan_innlogging=[^;]+;.*Secure/i);
      const res = await login(url, 'mote', 'demo');
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/i);
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('when someone logs in while holding a session, then the old session is ended and a new one made', async () => {
    const first = await loginAs(app.server.url, 'koordinator');
    const again = await postLogin(app.server.url, { brukernavn: 'koordinator', passord: 'demo' }, { cookie: first.cookie });
    const cookie = again.headers.getSetCookie().at(-1)!.split(';')[0]!;
    expect(cookie).not.toBe(first.cookie);
    expect((await first.get('/ventelister')).status).toBe(303);
    expect((await fetch(`${app.server.url}/ventelister`, { redirect: 'manual', headers: { cookie } })).status).toBe(200);
  });
});

describe.each(testDrivers)('Login throttling on %s', (driver) => {
  let app: DemoApp;
  /** The same database behind a TLS proxy: X-Forwarded-For's last entry is the client's address. */
  let proxied: TestServer;
  const from = (address: string) => ({ 'x-forwarded-for': address });
  beforeAll(async () => {
    app = await startDemoApp(driver);
    proxied = await startTestServer(app.database.db, () => TEST_NOW, { trustProxy: true });
  });
  afterAll(async () => {
    await proxied?.close();
    await app?.close();
  });

  it('when the password was wrong three times from one address, then the next attempt gets 429 even with the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await login(app.server.url, 'koordinator', `feil-${i}`)).status).toBe(401);
    const res = await login(app.server.url, 'koordinator', 'demo');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.text()).toContain('For mange mislykkede innlogginger.');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('when one user name has failed from an address, then another user from the same address still logs in', async () => {
    for (let i = 0; i < 5; i++) await login(app.server.url, 'ukjent.bruker', `feil-${i}`);
    expect((await login(app.server.url, 'mote', 'demo')).status).toBe(303);
  });

  it('when an attacker fails for a user from many other addresses, then the user still logs in from the address they used before', async () => {
    expect((await login(proxied.url, 'leder', 'demo', from('10.9.9.9'))).status).toBe(303);
    for (let i = 0; i < 20; i++) expect((await login(proxied.url, 'leder', `feil-${i}`, from(`203.0.113.${i}`))).status).not.toBe(303);
    expect((await login(proxied.url, 'leder', 'demo', from('10.9.9.9'))).status).toBe(303);
  });

  it('when a client forges the leftmost X-Forwarded-For entry, then the throttle still keys on the entry the proxy added', async () => {
    for (let i = 0; i < 5; i++) await login(proxied.url, 'mote', `feil-${i}`, from(`198.51.100.${i}, 10.0.0.7`));
    expect((await login(proxied.url, 'mote', 'demo', from('192.0.2.1, 10.0.0.7'))).status).toBe(429);
    expect((await login(proxied.url, 'mote', 'demo', from('10.0.0.8'))).status).toBe(303);
  });
});
