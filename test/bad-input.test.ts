/**
 * Hostile input on every route of the app's own table, logged in as each role and without
 * a session: malformed path ids, bodies the parsers refuse, control characters and
 * non-strings in every field, hostile queries and a broken session cookie (about 6,700
 * requests). Nothing answers 5xx, no stack is logged, and no route changes a row.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../db/schema.ts';
import type { RouteSpec } from '../server/routing.ts';
import { testDrivers } from './support/databases.ts';
import { type DemoApp, startDemoApp } from './support/demo-app.ts';
import { dataFingerprint } from './support/fingerprint.ts';
import { BAD_IDS, FIELD_BODIES, type HostileBody, HOSTILE_QUERIES, PARSER_BODIES } from './support/hostile.ts';
import { type Client, loginAs } from './support/http.ts';
import { demoIds, type Ids, label, ROLE_USERS, substitute } from './support/route-ids.ts';

/** Routes that read no form field: a body of hostile fields would just do their action. */
const BODY_FREE = [
  'post /logg-ut', 'post /forslag/planlegg', 'post /forslag/:id/godta', 'post /tildelinger/:id/innskrevet',
  'post /enheter/:id/ingen-endring', 'post /personer/:id/fodselsnummer', 'post /tildelingsmote/:id/planlegg',
  'post /tildelingsmote/:id/forslag/:allocationId/godta', 'post /tildelingsmote/:id/referat/fastsett',
  'post /admin/brukere/:id/deaktiver', 'post /admin/brukere/:id/aktiver',
];

type Who = Role | null;

describe.each(testDrivers)('bad input on every route on %s', (driver) => {
  let app: DemoApp;
  let ids: Ids;
  const clients = new Map<Role, Client>();
  const logged: string[] = [];
  let sent = 0;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    ids = await demoIds(app);
    for (const role of Object.keys(ROLE_USERS) as Role[]) clients.set(role, await loginAs(app.server.url, ROLE_USERS[role]));
    const keep = (...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    vi.spyOn(console, 'error').mockImplementation(keep);
    vi.spyOn(console, 'warn').mockImplementation(keep);
  }, 120_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await app?.close();
  });

  const send = (spec: RouteSpec, who: Who, path: string, body?: HostileBody, headers: Record<string, string> = {}) => {
    const client = who && clients.get(who);
    sent++;
    return fetch(`${app.server.url}${path}`, {
      method: spec.method.toUpperCase(), redirect: 'manual',
      headers: { ...(client ? { cookie: client.cookie, 'x-csrf-token': client.csrfToken } : {}), ...body?.headers, ...headers },
      body: spec.method === 'post' ? body?.body ?? '' : undefined,
    });
  };
  const allows = (spec: RouteSpec, who: Who) => spec.allow === 'anyone' || (who !== null && spec.allow.includes(who));
  const walkers: Who[] = [null, ...(Object.keys(ROLE_USERS) as Role[])];

  /** Everything hostile for one route; returns what went wrong, as lines. */
  async function attack(spec: RouteSpec): Promise<string[]> {
    const wrong: string[] = [];
    const expectStatus = (what: string, status: number, ok: (s: number) => boolean) => { if (!ok(status)) wrong.push(`${label(spec)} ${what}: ${status}`); };
    for (const who of walkers) {
      const as = `as ${who ?? 'nobody'}`;
      const permitted = allows(spec, who);
      for (const param of spec.path.match(/:\w+/g) ?? []) {
        for (const bad of BAD_IDS) {
          const res = await send(spec, who, substitute(spec.path.replace(param, bad), ids));
          // Without a session, a POST stops at the CSRF check (401) before the path is even decoded.
          const expected = who === null && spec.method === 'post' ? [401] : bad.includes('%') ? [400] : permitted ? [404] : who === null ? [303] : [403];
          expectStatus(`${param}=${bad} ${as}`, res.status, (s) => expected.includes(s));
        }
      }
      const path = substitute(spec.path, ids);
      if (spec.method === 'post') {
        for (const body of PARSER_BODIES) {
          const res = await send(spec, who, path, body);
          const parsed = who !== null || !body.headers['content-type']!.includes('json');
          // Unparsed (no session, JSON): 401, or 403 at the login form's own CSRF check, or 422.
          expectStatus(`${body.name} ${as}`, res.status, (s) => (parsed ? s === body.status : [401, 403, 422].includes(s)));
        }
        if (!BODY_FREE.includes(label(spec))) {
          for (const body of FIELD_BODIES) expectStatus(`${body.name} ${as}`, (await send(spec, who, path, body)).status, (s) => s >= 400 && s < 500);
        }
      } else {
        for (const query of HOSTILE_QUERIES) expectStatus(`${query} ${as}`, (await send(spec, who, `${path}${query}`)).status, (s) => s < 500);
      }
    }
    const cookie = await send(spec, null, substitute(spec.path, ids), undefined, { cookie: 'plassplan_sesjon=%E0%A4%A' });
    expectStatus('with a broken session cookie', cookie.status, (s) => s < 500);
    return wrong;
  }

  /** Reads that are audited by design: personal data leaving the system (the KPR export) writes an audit row, and only that. */
  const AUDITED_READS = new Set(['get /nokkeltall/arsrapport/kpr.csv']);

  it('when every route gets hostile input, then nothing answers 5xx, nothing is logged as a stack and no row changes', async () => {
    const wrong: string[] = [];
    for (const spec of app.server.routes.specs) {
      const before = await dataFingerprint(app.database.db);
      wrong.push(...await attack(spec));
      const after = await dataFingerprint(app.database.db);
      for (const table of Object.keys(before)) {
        if (before[table] !== after[table] && !(table === 'audit_log' && AUDITED_READS.has(label(spec)))) wrong.push(`${label(spec)} changed ${table}`);
      }
    }
    expect(sent).toBeGreaterThan(5000);
    expect(wrong).toEqual([]);
    expect(logged.filter((line) => line.includes('\n'))).toEqual([]);
  }, 600_000);
});
