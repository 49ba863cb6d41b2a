/** Puts the number of urgent Oppgaver in res.locals for the navigation of every whole page a coordinator gets. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { cachedUrgentCount } from './rules/urgent-count.ts';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { taskContext } from './context.ts';

/** Only GET pages of roles with Oppgaver, not htmx fragments (they have no navigation); a refused form re-rendered on POST shows the name alone. */
export function taskBadge(deps: Pick<AppDeps, 'db' | 'now'>): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !req.user || !areasFor(req.user.role).includes('oppgaver') || req.get('hx-request')) return next();
    try {
      res.locals.navBadges = { oppgaver: await cachedUrgentCount(deps.db, await taskContext(deps)) };
      next();
    } catch (error) {
      next(error);
    }
  };
}
