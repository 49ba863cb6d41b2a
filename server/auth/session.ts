/**
 * Sessions in PostgreSQL behind an httpOnly, SameSite=Lax cookie. Only a hash of the
 * token is stored; a new session (and so a new id) is made at every login. A session
 * ends after the idle time from the settings, and in any case SESSION_MAX_HOURS after
 * login, so a stolen or forgotten session cannot be kept alive by use.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../../db/client.ts';
import { deleteSession, findSession, insertSession, type SessionUser, touchSession } from '../../db/queries/users.ts';

export const SESSION_COOKIE = 'plassplan_sesjon';
const TOUCH_EVERY_MS = 60_000;
/** Absolute lifetime: a working day and then some; a new login starts a new session. */
export const SESSION_MAX_HOURS = 12;

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
  await insertSession(options.db, hashToken(token), userId, randomBytes(32).toString('base64url'), options.now());
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/' });
}

export async function endSession(req: Request, res: Response, options: SessionOptions): Promise<void> {
  if (req.sessionId) await deleteSession(options.db, req.sessionId);
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves the cookie to a user; an idle, too old or unknown session counts as none. */
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
  const expired = now.getTime() - session.createdAt.getTime() > SESSION_MAX_HOURS * 3_600_000;
  if (expired || now.getTime() - session.lastSeenAt.getTime() > idleMs) {
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

/** A cookie that does not decode (`%E0%A4%A`) is no session, not an error. */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return safeDecode(value.join('='));
  }
  return undefined;
}
