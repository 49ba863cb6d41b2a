/** Sends preact views as HTML: whole pages, or fragments for htmx. */
import type { Response } from 'express';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { type NavBadges, NavBadgesContext } from '../views/nav-badges.ts';

/** A whole page, with the navigation's counts the request found (res.locals.navBadges, server/tasks/badge.ts). */
export function sendPage(res: Response, page: VNode, status = 200): void {
  const badges = (res.locals.navBadges ?? {}) as NavBadges;
  res.status(status).type('html').send(`<!doctype html>${render(<NavBadgesContext.Provider value={badges}>{page}</NavBadgesContext.Provider>)}`);
}

export function sendFragment(res: Response, fragment: VNode, status = 200): void {
  res.status(status).type('html').send(render(fragment));
}
