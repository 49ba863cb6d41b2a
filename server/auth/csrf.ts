/**
 * CSRF: a state-changing request must carry the session's token, in the X-CSRF-Token
 * header (htmx, set once on <body>) or a `_csrf` form field. Without a session there is
 * nothing to forge: the answer is 401, as the route guard would give.
 *
 * The login form has no session yet, so it carries a pre-session token instead: a random
 * value in a cookie of its own, repeated in the form's `_csrf` field (double submit).
 * Another site can make a browser post the form but can neither read nor set the cookie,
 * so it can neither log the user in as someone else nor spend the user's own failed
 * attempts. Behind TLS the cookie is `__Host-` prefixed, which also keeps a sibling
 * subdomain from planting one.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { readCookie } from './session.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOGIN_TOKEN = /^[\w-]{43}$/;

/** Checks the session's token on every state-changing request but the paths in `exempt` (the login form checks its own). */
export function csrfProtection(exempt: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE.has(req.method) || exempt.includes(req.path)) return next();
    if (!req.user) return void res.status(401).type('text').send('Du er ikke logget inn, eller økten er utløpt. Logg inn på nytt.');
    const sent = req.get('x-csrf-token') ?? (req.body as Record<string, unknown> | undefined)?._csrf;
    if (req.csrfToken && typeof sent === 'string' && sameToken(sent, req.csrfToken)) return next();
    res.status(403).type('text').send('Ugyldig eller manglende skjematoken (CSRF). Last siden på nytt og prøv igjen.');
  };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const loginCookieName = (secure: boolean) => (secure ? '__Host-plassplan_innlogging' : 'plassplan_innlogging');

function sentLoginCookie(req: Request, secure: boolean): string | undefined {
  try {
    const value = readCookie(req.headers.cookie, loginCookieName(secure));
    return value && LOGIN_TOKEN.test(value) ? value : undefined;
  } catch {
    return undefined; // a malformed cookie is no cookie
  }
}

/** The login form's token: the browser's pre-session cookie, or a new one set now. */
export function loginFormToken(req: Request, res: Response, secure: boolean): string {
  const held = sentLoginCookie(req, secure);
  if (held) return held;
  const token = randomBytes(32).toString('base64url');
  res.cookie(loginCookieName(secure), token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  return token;
}

/** Whether a login post carries the pre-session cookie and the same value in `_csrf`. */
export function hasLoginFormToken(req: Request, secure: boolean): boolean {
  const held = sentLoginCookie(req, secure);
  const sent = (req.body as Record<string, unknown> | undefined)?._csrf;
  return held !== undefined && typeof sent === 'string' && sameToken(sent, held);
}
