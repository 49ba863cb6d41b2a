/** A logged-in coordinator for the HTTP bench, with a stored planning run and a person to look at. */

export interface BenchSession {
  cookie: string;
  /**
   * Person pages from the waiting list, at most 20, visited in turn: every visit is logged,
   * and one page viewed thousands of times would measure a «who has looked» list no real person has.
   */
  personPaths: string[];
}

/** Logs in (demo password), plans once so Forslag has a run, and finds a person. */
export async function prepareSession(url: string, username = 'koordinator', password = 'demo'): Promise<BenchSession> {
  const cookie = await logIn(url, username, password);
  const home = await get(url, '/ventelister', cookie);
  const csrf = /X-CSRF-Token&quot;:&quot;([^&]+)&quot;/.exec(home)?.[1];
  if (!csrf) throw new Error('no CSRF token on /ventelister');
  const planned = await fetch(`${url}/forslag/planlegg`, {
    method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf }),
  });
  if (planned.status !== 303) throw new Error(`planning failed: ${planned.status} ${await planned.text()}`);
  const personPaths = [...new Set([...home.matchAll(/href="(\/personer\/\d+)"/g)].map((m) => m[1]!))].slice(0, 20);
  if (personPaths.length === 0) throw new Error('no person link on /ventelister');
  return { cookie, personPaths };
}

/** The login form may carry a CSRF field of its own (and a cookie for it): send both back. */
async function logIn(url: string, username: string, password: string): Promise<string> {
  const page = await fetch(`${url}/logg-inn`);
  const fields = Object.fromEntries([...(await page.text()).matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const preCookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const login = await fetch(`${url}/logg-inn`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(preCookie ? { cookie: preCookie } : {}) },
    body: new URLSearchParams({ ...fields, brukernavn: username, passord: password }),
  });
  if (login.status !== 303) throw new Error(`login as ${username} failed: ${login.status}`);
  const session = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return [preCookie, session].filter(Boolean).join('; ');
}

async function get(url: string, path: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}${path}`, { headers: { cookie }, redirect: 'manual' });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return response.text();
}
