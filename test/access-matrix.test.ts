/**
 * The authorisation matrix: every route the app declares × every role and no session,
 * against what the route itself declares. Routes come from the app's own table, so a new
 * route is walked without anyone remembering to add it here; a new path parameter fails
 * until it is given a real demo id in support/route-ids.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../db/schema.ts';
import type { RouteSpec } from '../server/routing.ts';
import { testDrivers } from './support/databases.ts';
import { type DemoApp, startDemoApp } from './support/demo-app.ts';
import { loginAs, postLogin } from './support/http.ts';
import { demoIds, type Ids, label, ROLE_USERS, substitute } from './support/route-ids.ts';

/** The only routes open to anyone; every other route must name its roles. */
const PUBLIC = ['get /', 'get /logg-inn', 'post /logg-inn'];

describe.each(testDrivers)('access matrix on %s', (driver) => {
  let app: DemoApp;
  let ids: Ids;
  let specs: RouteSpec[];
  beforeAll(async () => {
    app = await startDemoApp(driver);
    ids = await demoIds(app);
    specs = app.server.routes.specs;
  }, 120_000);
  afterAll(async () => { await app?.close(); });

  const request = async (spec: RouteSpec, who: Role | null) => {
    const path = substitute(spec.path, ids);
    if (who === null) return fetch(`${app.server.url}${path}`, { method: spec.method.toUpperCase(), redirect: 'manual' });
    // A fresh session per request: a route may end the session (logout) or change its user.
    const client = await loginAs(app.server.url, ROLE_USERS[who]);
    // The login form carries its own pre-session token, not the session's.
    if (label(spec) === 'post /logg-inn') return postLogin(app.server.url, {}, { cookie: client.cookie });
    return spec.method === 'get' ? client.get(path) : client.post(path, {});
  };

  it('when the routes are listed, then every one but login and the start page names the roles it allows', () => {
    expect(specs.length).toBeGreaterThan(20);
    for (const spec of specs) if (!PUBLIC.includes(label(spec))) expect(spec.allow, label(spec)).not.toBe('anyone');
  });

  it('when the meeting room (mote) is logged in, then it can change nothing but end its own session', () => {
    const writable = specs.filter((s) => s.method === 'post' && s.allow !== 'anyone' && s.allow.includes('mote')).map(label);
    expect(writable).toEqual(['post /logg-ut']);
  });

  it('when the office leader (kontorleder) is logged in, then it can change nothing and reach only Nøkkeltall: no person data', () => {
    const reachable = specs.filter((s) => s.allow !== 'anyone' && s.allow.includes('kontorleder')).map(label);
    expect(reachable.filter((r) => r.startsWith('post '))).toEqual(['post /logg-ut']);
    for (const route of reachable) expect(route, route).toMatch(/^(get \/nokkeltall(\/|$)|post \/logg-ut$)/);
    expect(reachable).toContain('get /nokkeltall');
    // The KPR file names people (fødselsnummer): not for the leader's aggregated view.
    expect(reachable.filter((r) => r.includes('kpr'))).toEqual([]);
  });

  it('when nobody is logged in, then pages send them to login and everything else gets 401', async () => {
    for (const spec of specs.filter((s) => s.allow !== 'anyone')) {
      const res = await request(spec, null);
      if (spec.method === 'get') {
        expect(res.status, label(spec)).toBe(303);
        expect(res.headers.get('location'), label(spec)).toMatch(/^\/logg-inn\?neste=/);
        const htmx = await fetch(`${app.server.url}${substitute(spec.path, ids)}`, { headers: { 'hx-request': 'true' } });
        expect(htmx.status, `${label(spec)} (htmx)`).toBe(401);
      } else {
        expect(res.status, label(spec)).toBe(401);
      }
    }
  }, 120_000);

  it.each(Object.keys(ROLE_USERS) as Role[])('when %s uses every route, then it gets in exactly where the route allows it, and no answer may be cached', async (role) => {
    for (const spec of specs) {
      const allowed = spec.allow === 'anyone' || spec.allow.includes(role);
      const res = await request(spec, role);
      // Every answer may hold personal data: no browser or proxy may keep a copy.
      expect(res.headers.get('cache-control'), `${label(spec)} as ${role}`).toBe('no-store');
      if (allowed) {
        expect([401, 403], `${label(spec)} as ${role}`).not.toContain(res.status);
        expect(res.status, `${label(spec)} as ${role}`).toBeLessThan(500);
      } else {
        expect([403, 404], `${label(spec)} as ${role}`).toContain(res.status);
      }
    }
  }, 180_000);

  /** Unit-scoped routes: a `:unitId` parameter anywhere, or `/enheter/:id`. */
  const unitParam = (path: string) => (path.includes(':unitId') ? ':unitId' : path.startsWith('/enheter/:id') ? ':id' : undefined);

  it("when an institution leader asks for another unit's data, then every unit-scoped route answers 404", async () => {
    const leader = await loginAs(app.server.url, 'leder');
    const scoped = specs.filter((s) => unitParam(s.path) && s.allow !== 'anyone' && s.allow.includes('institusjonsleder'));
    for (const spec of scoped) {
      const path = substitute(spec.path.replace(unitParam(spec.path)!, String(ids['enheter:foreign'])), ids);
      const res = spec.method === 'get' ? await leader.get(path) : await leader.post(path, {});
      expect(res.status, label(spec)).toBe(404);
    }
  });
});
