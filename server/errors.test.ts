import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDrivers } from '../test/support/databases.ts';
import { useDemoAppAs } from '../test/support/demo-app.ts';
import { postLogin } from '../test/support/http.ts';
import { dataFingerprint } from '../test/support/fingerprint.ts';
import { clientErrors, unexpectedErrors } from './errors.tsx';

/** Everything the server logs during a test, one entry per call, stacks included. */
function captureLog() {
  const lines: { level: 'error' | 'warn'; text: string }[] = [];
  const keep = (level: 'error' | 'warn') => (...args: unknown[]) =>
    void lines.push({ level, text: args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ') });
  beforeEach(() => {
    lines.length = 0;
    vi.spyOn(console, 'error').mockImplementation(keep('error'));
    vi.spyOn(console, 'warn').mockImplementation(keep('warn'));
  });
  afterEach(() => { vi.restoreAllMocks(); });
  return lines;
}

const FORM = 'application/x-www-form-urlencoded';

describe.each(testDrivers)('bad requests on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const log = captureLog();
  const post = (path: string, body: string | Blob, headers: Record<string, string>, session = true) => fetch(`${ctx.app.server.url}${path}`, {
    method: 'POST', redirect: 'manual', body,
    headers: { ...(session ? { cookie: ctx.client.cookie, 'x-csrf-token': ctx.client.csrfToken } : {}), ...headers },
  });

  it.each([
    ['a form above 200 kB', 413, `navn=${'x'.repeat(210_000)}`, { 'content-type': FORM }, 'Skjemaet er for stort.', 'entity.too.large'],
    ['malformed JSON', 400, '{"navn": "Åse', { 'content-type': 'application/json' }, 'Skjemaet kunne ikke leses.', 'entity.parse.failed'],
    ['an unknown charset', 415, 'navn=x', { 'content-type': `${FORM}; charset=klingon` }, 'tegnkoding som ikke støttes', 'charset.unsupported'],
    ['a body that is not gzip', 400, 'navn=x', { 'content-type': FORM, 'content-encoding': 'gzip' }, 'kunne ikke pakkes ut', 'Z_DATA_ERROR'],
    ['a truncated gzip body', 400, new Blob([gzipSync('navn=x').subarray(0, 12)]), { 'content-type': FORM, 'content-encoding': 'gzip' }, 'kunne ikke pakkes ut', 'Z_BUF_ERROR'],
    ['an unknown content encoding', 415, 'navn=x', { 'content-type': FORM, 'content-encoding': 'klingon' }, 'komprimert på en måte', 'encoding.unsupported'],
  ] as const)('when the body is %s, then %i with a Norwegian page, one log line without a stack, and nothing saved', async (_name, status, body, headers, message, kind) => {
    const before = await dataFingerprint(ctx.app.database.db);
    const page = await post('/personer', body, headers);
    expect(page.status).toBe(status);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain(message);
    const fragment = await post('/personer', body, { ...headers, 'hx-request': 'true' });
    expect(fragment.status).toBe(status);
    expect(fragment.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await fragment.text()).toContain(message);
    expect(log).toEqual([0, 1].map(() => ({ level: 'warn', text: `POST /personer → ${status} (${kind})` })));
    expect(await dataFingerprint(ctx.app.database.db)).toEqual(before);
  });

  it('when nobody is logged in, then a JSON body is not even parsed: a login sent as JSON does not log in', async () => {
    // Unparsed, the body has no login form token either: refused at the login form's CSRF check.
    const login = await post('/logg-inn', JSON.stringify({ brukernavn: 'koordinator', passord: 'demo' }), { 'content-type': 'application/json' }, false);
    expect(login.status).toBe(403);
    expect(login.headers.get('set-cookie') ?? '').not.toContain('plassplan_sesjon=');
    expect((await post('/logg-inn', '{"brukernavn": ', { 'content-type': 'application/json' }, false)).status).toBe(403);
    expect(log).toEqual([]);
  });

  it('when the path does not decode (%E0%A4%A), then 400 with a Norwegian page and one log line', async () => {
    const res = await ctx.client.get('/personer/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Adressen inneholder tegn som ikke kan leses.');
    expect(log).toEqual([{ level: 'warn', text: 'GET /personer/%E0%A4%A → 400 (URIError)' }]);
  });

  it('when the session cookie does not decode, then it is no session: pages go to login, and login still works', async () => {
    const cookie = 'plassplan_sesjon=%E0%A4%A';
    const page = await fetch(`${ctx.app.server.url}/ventelister`, { redirect: 'manual', headers: { cookie } });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/logg-inn/);
    const login = await postLogin(ctx.app.server.url, { brukernavn: 'koordinator', passord: 'demo' }, { cookie });
    expect(login.status).toBe(303);
    expect(log).toEqual([]);
  });
});

describe('unexpected errors', () => {
  const log = captureLog();
  const app = express();
  app.get('/feil', () => { throw new Error('databasen svarte ikke'); });
  app.use(clientErrors, unexpectedErrors);
  const server = app.listen(0, '127.0.0.1');
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('when a handler fails, then 500 with the Norwegian error page and the stack logged once', async () => {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/feil`);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('En uventet feil oppstod. Ingenting ble lagret.');
    expect(log).toHaveLength(1);
    expect(log[0]!.level).toBe('error');
    expect(log[0]!.text).toMatch(/^GET \/feil → 500 Error: databasen svarte ikke\n\s+at /);
  });
});
