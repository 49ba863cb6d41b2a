/** Sends preact views as HTML: whole pages, or fragments for htmx. */
import type { Response } from 'express';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

export function sendPage(res: Response, page: VNode, status = 200): void {
  res.status(status).type('html').send(`<!doctype html>${render(page)}`);
}

export function sendFragment(res: Response, fragment: VNode, status = 200): void {
  res.status(status).type('html').send(render(fragment));
}
