import { verify } from '@node-rs/argon2';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { appendAudit } from '../../db/queries/audit.ts';
import { findActiveUserByName } from '../../db/queries/users.ts';
import { LoginPage } from '../../views/auth/login-page.tsx';
import { formatWait } from '../../views/format.ts';
import { homeFor } from '../areas.ts';
import { stringField, submittedText } from '../forms.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { hasLoginFormToken, loginFormToken } from './csrf.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { endSession, type SessionOptions, startSession } from './session.ts';

const loginForm = z.object({
  brukernavn: stringField('Skriv brukernavnet ditt.').trim().min(1, 'Skriv brukernavnet ditt.').max(100, 'Brukernavnet kan ha høyst 100 tegn.'),
  passord: z.string().min(1, 'Skriv passordet ditt.').max(200),
  neste: z.string().optional(),
});

/** Only a local path is a safe place to return to after login. */
const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : undefined);

/** Every role that can log in: for routes every logged-in user may use. */
export const ALL_ROLES = ['admin', 'koordinator', 'institusjonsleder', 'mote', 'kontorleder'] as const;

export function authRoutes(routes: RouteTable, sessions: SessionOptions): void {
  const throttle = createLoginThrottle({ now: sessions.now });
  const formToken = (req: Request, res: Response) => loginFormToken(req, res, sessions.secureCookies);
  routes.get('/logg-inn', 'anyone', (req, res) => {
    if (req.user) return res.redirect(303, homeFor(req.user.role));
    sendPage(res, <LoginPage next={safeNext(req.query.neste as string | undefined)} csrfToken={formToken(req, res)} />);
  });

  routes.post('/logg-inn', 'anyone', async (req, res) => {
    const username = submittedText(req.body).brukernavn ?? '';
    // Before anything else: a forged post must not count as a failed login either.
    if (!hasLoginFormToken(req, sessions.secureCookies)) {
      return sendPage(res, <LoginPage username={username} csrfToken={formToken(req, res)}
        error="Innloggingsskjemaet var utløpt eller ugyldig. Prøv å logge inn igjen." />, 403);
    }
    const form = loginForm.safeParse(req.body ?? {});
    if (!form.success) {
      const message = form.error.issues.map((i) => i.message).join(' ');
      return sendPage(res, <LoginPage username={username} error={message} csrfToken={formToken(req, res)} />, 422);
    }
    const { brukernavn, passord, neste } = form.data;
    const address = req.ip ?? 'ukjent';
    const wait = throttle.retryAfter(brukernavn, address);
    if (wait > 0) return refuseThrottled(res, sessions, brukernavn, wait, formToken(req, res));
    const user = await findActiveUserByName(sessions.db, brukernavn);
    if (!user || !(await verify(user.passwordHash, passord))) {
      throttle.recordFailure(brukernavn, address);
      await appendAudit(sessions.db, { userId: user?.id ?? null, action: 'user.login-failed', entity: 'user', entityId: brukernavn });
      return sendPage(res, <LoginPage username={brukernavn} error="Feil brukernavn eller passord." csrfToken={formToken(req, res)} />, 401);
    }
    throttle.recordSuccess(brukernavn, address);
    if (req.sessionId) await endSession(req, res, sessions);
    await startSession(res, sessions, user.id);
    await appendAudit(sessions.db, { userId: user.id, action: 'user.login', entity: 'user', entityId: user.id });
    res.redirect(303, safeNext(neste) ?? homeFor(user.role));
  });

  routes.post('/logg-ut', ALL_ROLES, async (req: Request, res: Response) => {
    await endSession(req, res, sessions);
    res.redirect(303, '/logg-inn');
  });
}

/** 429 with the login form and a plain Norwegian message; the attempt is logged, the password is not checked. */
async function refuseThrottled(res: Response, sessions: SessionOptions, username: string, seconds: number, csrfToken: string): Promise<void> {
  await appendAudit(sessions.db, { userId: null, action: 'user.login-throttled', entity: 'user', entityId: username });
  res.set('Retry-After', String(seconds));
  sendPage(res, <LoginPage username={username} csrfToken={csrfToken}
    error={`For mange mislykkede innlogginger. Vent ${formatWait(seconds)} og prøv igjen, eller kontakt en administrator.`} />, 429);
}
