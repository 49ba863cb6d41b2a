/**
 * CSRF: a state-changing request must carry the session's token, in the X-CSRF-Token
 * header (htmx, set once on <body>) or a `_csrf` form field. The login form is exempt:
 * there is no session yet, and the SameSite=Lax cookie keeps other sites out. Without a
 * session there is nothing to forge: the answer is 401, as the route guard would give.
 */
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

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
