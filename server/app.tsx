/** createApp: the whole HTTP application for a database, with no listen and no globals. */
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Db } from '../db/client.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { areasFor, homeFor } from './areas.ts';
import { sendNotFound } from './not-found.tsx';
import { clientErrors, unexpectedErrors } from './errors.tsx';
import { csrfProtection } from './auth/csrf.ts';
import { adminRoutes } from './admin/routes.tsx';
import { annualReportRoutes } from './figures/annual-report-routes.tsx';
import { authRoutes } from './auth/routes.tsx';
import { type SessionOptions, sessionMiddleware } from './auth/session.ts';
import { notFoundErrors } from './auth/unit-access.tsx';
import type { Config } from './config.ts';
import { meetingRoutes } from './meeting/routes.tsx';
import { figureRoutes } from './figures/routes.tsx';
import { importRoutes } from './import/routes.tsx';
import { importUpload } from './import/upload.ts';
import { personRoutes } from './persons/routes.tsx';
import { bookingRoutes } from './places/booking-routes.tsx';
import { placeRoutes } from './places/routes.tsx';
import { proposalRoutes } from './proposals/routes.tsx';
import { queueRoutes } from './queues/routes.tsx';
import { reportRoutes } from './reports/routes.tsx';
import { sendPage } from './render.tsx';
import { RouteTable } from './routing.ts';
import { staticRouter } from './static.ts';
import { taskBadge } from './tasks/badge.ts';
import { taskRoutes } from './tasks/routes.tsx';
import { cachedSettings } from '../db/queries/settings.ts';

export interface AppDeps {
  db: Db;
  config: Pick<Config, 'trustProxy'>;
  /** The clock; tests set it. */
  now: () => Date;
}

export interface App {
  handler: express.Express;
  routes: RouteTable;
}

export function createApp(deps: AppDeps): App {
  const app = express();
  if (deps.config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'font-src': ["'self'"],
        // Only behind HTTPS: on plain http it would send the browser to https and break redirects.
        'upgrade-insecure-requests': deps.config.trustProxy ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.trustProxy,
  }));
  app.use(staticRouter());
  // Everything past the static files may hold personal data: no browser or proxy keeps a copy.
  app.use((_req: Request, res: Response, next: NextFunction) => { res.set('Cache-Control', 'no-store'); next(); });
  app.use(express.urlencoded({ extended: false, limit: '200kb' }));
  const sessions: SessionOptions = {
    db: deps.db, secureCookies: deps.config.trustProxy, now: deps.now,
    idleMinutes: async () => (await cachedSettings(deps.db)).sessionIdleMinutes,
  };
  app.use(sessionMiddleware(sessions));
  // No form sends JSON; parsed for logged-in users only, so nobody without a session gets a parser to attack.
  const json = express.json({ limit: '200kb' });
  app.use((req: Request, res: Response, next: NextFunction) => (req.user ? json(req, res, next) : next()));
  // The import form's token is a field of its multipart body: read that body first.
  app.post('/import', importUpload);
  app.use(csrfProtection(['/logg-inn']));
  app.use(taskBadge(deps));

  const router = express.Router();
  const routes = new RouteTable(router, denied);
  routes.get('/', 'anyone', (req, res) => res.redirect(303, req.user ? homeFor(req.user.role) : '/logg-inn'));
  authRoutes(routes, sessions);
  queueRoutes(routes, deps);
  placeRoutes(routes, deps);
  bookingRoutes(routes, deps);
  reportRoutes(routes, deps);
  proposalRoutes(routes, deps);
  personRoutes(routes, deps);
  importRoutes(routes, deps);
  meetingRoutes(routes, deps);
  adminRoutes(routes, deps);
  taskRoutes(routes, deps);
  figureRoutes(routes, deps);
  annualReportRoutes(routes, deps);
  app.use(router);

  app.use((req: Request, res: Response) => {
    sendNotFound(res);
  });
  app.use(notFoundErrors);
  app.use(clientErrors);
  app.use(unexpectedErrors);
  return { handler: app, routes };
}

/** No session: to the login page (or 401 for htmx and forms). Wrong role: 403. */
function denied(req: Request, res: Response): void {
  if (!req.user) {
    if (req.method === 'GET' && !req.get('hx-request')) return res.redirect(303, `/logg-inn?neste=${encodeURIComponent(req.originalUrl)}`);
    res.status(401).type('text').send('Du er ikke logget inn, eller økten er utløpt. Logg inn på nytt.');
    return;
  }
  sendPage(res, <ErrorPage title="Ingen tilgang" message="Du har ikke tilgang til denne siden." user={req.user} csrfToken={req.csrfToken}
    available={req.user ? areasFor(req.user.role) : []} />, 403);
}
