/** A real HTTP server on a free port around createApp, and a logged-in client for it. */
import type { AddressInfo } from 'node:net';
import type { Db } from '../../db/client.ts';
import { createApp } from '../../server/app.tsx';

export interface TestServer {
  url: string;
  routes: ReturnType<typeof createApp>['routes'];
  close(): Promise<void>;
}

/** `trustProxy` as behind a TLS-terminating proxy: X-Forwarded-For names the client, cookies are Secure. */
export async function startTestServer(db: Db, now: () => Date = () => new Date(), { trustProxy = false } = {}): Promise<TestServer> {
  const app = createApp({ db, config: { trustProxy }, now });
  const server = app.handler.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: app.routes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A client with a session cookie and the CSRF token, as a browser would have after login. */
export interface Client {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, form: Record<string, string>, options?: { csrf?: boolean; headers?: Record<string, string> }): Promise<Response>;
  cookie: string;
  csrfToken: string;
}

/**
 * Posts the login form as a browser does: opens /logg-inn first for its pre-session cookie
 * and the form's token, then sends both. `cookie` is added (a session held already);
 * `headers` go with both requests (X-Forwarded-For behind a proxy).
 */
export async function postLogin(url: string, fields: Record<string, string>,
  { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const page = await fetch(`${url}/logg-inn`, { headers });
  const loginCookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return fetch(`${url}/logg-inn`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [loginCookie, cookie].filter(Boolean).join('; '), ...headers },
    body: new URLSearchParams({ ...fields, _csrf: token }),
  });
}

export async function loginAs(url: string, username: string, password = 'demo'): Promise<Client> {
  const login = await postLogin(url, { brukernavn: username, passord: password });
  if (login.status !== 303) throw new Error(`login as ${username} failed: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const home = await fetch(`${url}${login.headers.get('location')}`, { headers: { cookie } });
  const csrfToken = /X-CSRF-Token&quot;:&quot;([^&]+)&quot;/.exec(await home.text())?.[1] ?? '';
  return {
    cookie, csrfToken,
    get: (path, headers = {}) => fetch(`${url}${path}`, { redirect: 'manual', headers: { cookie, ...headers } }),
    post: (path, form, options = {}) => fetch(`${url}${path}`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
      body: new URLSearchParams(options.csrf === false ? form : { ...form, _csrf: csrfToken }),
    }),
  };
}
