/** The answer to every action on the person page: the whole person view, or a redirect without htmx. */
import type { Request, Response } from 'express';
import { PersonPage, PersonView, type PersonViewState } from '../../views/persons/person-view.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendFragment, sendPage } from '../render.tsx';
import { idParam, submittedValues } from '../forms.ts';
import { loadPersonView } from './service.ts';
import { sendNotFound } from '../not-found.tsx';

/** The person id from the path, or undefined (after answering 404). */
export function personIdOf(req: Request, res: Response): number | undefined {
  const id = idParam.safeParse(req.params.id);
  if (id.success) return id.data;
  notFound(res);
  return undefined;
}

export const notFound = (res: Response) => sendNotFound(res, 'Fant ikke personen.', { href: '/personer', label: '← Personer' });

/**
 * The one place that shows a person's data: the page, or the view alone for htmx. Every
 * answer through here, a refused form's 422 too, logs a `person.view` for the user.
 */
export async function showPerson(req: Request, res: Response, deps: AppDeps, personId: number, state: PersonViewState = {}, status = 200): Promise<void> {
  const data = await loadPersonView(deps.db, personId, deps.now(), req.user!.id);
  if (!data) return notFound(res);
  if (req.get('hx-request')) return sendFragment(res, <PersonView data={data} state={state} csrfToken={req.csrfToken!} />, status);
  sendPage(res, <PersonPage data={data} state={state} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />, status);
}

/**
 * Answers an action with the person view: htmx swaps it in; a plain form post is
 * redirected to the page on success (status 200) or gets the page with its messages.
 */
export async function answerPerson(req: Request, res: Response, deps: AppDeps, personId: number, state: PersonViewState, status = 200): Promise<void> {
  if (!req.get('hx-request') && status === 200) return res.redirect(303, `/personer/${personId}`);
  await showPerson(req, res, deps, personId, state, status);
}

/** The state of one form that came back with messages. */
export const formState = (name: string, req: Request, errors: Record<string, string | undefined>): PersonViewState =>
  ({ forms: { [name]: { values: submittedValues(req.body), errors } } });
