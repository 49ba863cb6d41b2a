/**
 * The one 404 answer: a person, meeting, run, user or page that is not there (or not the
 * user's to see). A browser gets the HTML error page with the navigation and a way back;
 * htmx and JSON clients get the message as text, which the swap script announces.
 */
import type { Response } from 'express';
import { ErrorPage } from '../views/error-page.tsx';
import { areasFor } from './areas.ts';
import { sendPage } from './render.tsx';

export const NOT_FOUND_TITLE = 'Fant ikke siden';

export function sendNotFound(res: Response, message = 'Siden finnes ikke, eller du har ikke tilgang til den.', back?: { href: string; label: string }): void {
  const req = res.req;
  if (req.get('hx-request') || !req.accepts('html')) return void res.status(404).type('text').send(message);
  const user = req.user;
  sendPage(res, <ErrorPage title={NOT_FOUND_TITLE} message={message} user={user} csrfToken={req.csrfToken}
    available={user ? areasFor(user.role) : []} back={back} />, 404);
}
