/**
 * Sessions in PostgreSQL behind an httpOnly, SameSite=Lax cookie. Only a hash of the
 * token is stored; a new session (and so a new id) is made at every login.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../../db/client.ts';
import { deleteSession, findSession, insertSession, type SessionUser, touchSession } from '../../db/queries/users.ts';

export const SESSION_COOKIE = 'plassplan_sesjon';
const TOUCH_EVERY_MS = 60_000;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: SessionUser;
      csrfToken?: string;
      sessionId?: string;
    }
  }
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionOptions {
  db: Db;
  idleMinutes: () => Promise<number>;
  secureCookies: boolean;
  now: () => Date;
}

/** Starts a session for the user and sets its cookie. */
export async function startSession(res: Response, options: SessionOptions, userId: number): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(options.db, hashToken(token), userId, randomBytes(32).toString('base64url'));
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/' });
}

export async function endSession(req: Request, res: Response, options: SessionOptions): Promise<void> {
  if (req.sessionId) await deleteSession(options.db, req.sessionId);
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves the cookie to a user; an idle or unknown session counts as none. */
export function sessionMiddleware(options: SessionOptions) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    try {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      if (token) await resolve(req, hashToken(token), options);
      next();
    } catch (error) {
      next(error);
    }
  };
}

async function resolve(req: Request, id: string, options: SessionOptions): Promise<void> {
  const session = await findSession(options.db, id);
  if (!session) return;
  const now = options.now();
  const idleMs = (await options.idleMinutes()) * 60_000;
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs) {
    await deleteSession(options.db, id);
    return;
  }
  const { user } = session;
  if (!user) return;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(options.db, id, now);
  req.user = user;
  req.csrfToken = session.csrfToken;
  req.sessionId = id;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
