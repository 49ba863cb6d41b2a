import { verify } from '@node-rs/argon2';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { appendAudit } from '../../db/queries/audit.ts';
import { findActiveUserByName } from '../../db/queries/users.ts';
import { LoginPage } from '../../views/auth/login-page.tsx';
import { homeFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { endSession, type SessionOptions, startSession } from './session.ts';

const loginForm = z.object({
  brukernavn: z.string().trim().min(1, 'Skriv brukernavnet ditt.').max(100),
  passord: z.string().min(1, 'Skriv passordet ditt.').max(200),
  neste: z.string().optional(),
});

/** Only a local path is a safe place to return to after login. */
const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : undefined);

export function authRoutes(routes: RouteTable, sessions: SessionOptions): void {
  routes.get('/logg-inn', 'anyone', (req, res) => {
    if (req.user) return res.redirect(303, homeFor(req.user.role));
    sendPage(res, <LoginPage next={safeNext(req.query.neste as string | undefined)} />);
  });

  routes.post('/logg-inn', 'anyone', async (req, res) => {
    const form = loginForm.safeParse(req.body ?? {});
    if (!form.success) {
      const message = form.error.issues.map((i) => i.message).join(' ');
      return sendPage(res, <LoginPage username={String(req.body?.brukernavn ?? '')} error={message} />, 422);
    }
    const user = await findActiveUserByName(sessions.db, form.data.brukernavn);
    if (!user || !(await verify(user.passwordHash, form.data.passord))) {
      await appendAudit(sessions.db, { userId: user?.id ?? null, action: 'user.login-failed', entity: 'user', entityId: form.data.brukernavn });
      return sendPage(res, <LoginPage username={form.data.brukernavn} error="Feil brukernavn eller passord." />, 401);
    }
    if (req.sessionId) await endSession(req, res, sessions);
    await startSession(res, sessions, user.id);
    await appendAudit(sessions.db, { userId: user.id, action: 'user.login', entity: 'user', entityId: user.id });
    res.redirect(303, safeNext(form.data.neste) ?? homeFor(user.role));
  });

  routes.post('/logg-ut', ['admin', 'koordinator', 'institusjonsleder', 'mote'], async (req: Request, res: Response) => {
    await endSession(req, res, sessions);
    res.redirect(303, '/logg-inn');
  });
}
