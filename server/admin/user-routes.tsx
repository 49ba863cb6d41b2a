import type { Request, Response } from 'express';
import { findUser, listUnitChoices, listUsers } from '../../db/queries/user-admin.ts';
import { submittedUser, type UserValues } from '../../views/admin/user-fields.tsx';
import { UserPage } from '../../views/admin/user-page.tsx';
import { UsersPage } from '../../views/admin/users-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors, idParam } from '../forms.ts';
import { editUserForm, newUserForm, passwordForm } from './forms.ts';
import { changeActive, changeUser, type Outcome, registerUser, resetPassword } from './user-service.ts';
import { sendNotFound } from '../not-found.tsx';

/** Confirmations after a redirect, by a fixed key: the query never puts text on the page. */
const NOTICES: Record<string, string> = {
  opprettet: 'Brukeren er opprettet.',
  lagret: 'Endringene er lagret.',
  passord: 'Nytt passord er satt. Brukeren er logget ut av alle økter.',
  deaktivert: 'Brukeren er deaktivert og logget ut.',
  aktivert: 'Brukeren er aktivert.',
};

const base = (req: Request) => ({ user: req.user!, csrfToken: req.csrfToken!, available: areasFor(req.user!.role) });
const notice = (req: Request) => NOTICES[String(req.query.melding)];

type Db = AppDeps['db'];

async function usersPage(db: Db, req: Request, res: Response, extra: { values?: UserValues; errors?: Record<string, string> } = {}, status = 200) {
  sendPage(res, <UsersPage {...base(req)} users={await listUsers(db)} units={await listUnitChoices(db)}
    notice={status === 200 ? notice(req) : undefined} {...extra} />, status);
}

/** One user's page; after a refused change of details, with what was typed. */
async function userPage(db: Db, req: Request, res: Response, errors: Record<string, string> = {}, status = 200) {
  const id = idParam.safeParse(req.params.id);
  const target = id.success ? await findUser(db, id.data) : undefined;
  if (!target) return notFound(res);
  const values = status === 422 && !errors.passord && !errors.aktiv ? submittedUser(req.body) : undefined;
  sendPage(res, <UserPage {...base(req)} target={target} units={await listUnitChoices(db)} values={values} errors={errors}
    notice={status === 200 ? notice(req) : undefined} />, status);
}

export function userRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/admin/brukere', ['admin'], (req, res) => usersPage(deps.db, req, res));

  routes.post('/admin/brukere', ['admin'], async (req, res) => {
    const form = newUserForm.safeParse(req.body ?? {});
    const outcome: Outcome = form.success ? await registerUser(deps.db, form.data, req.user!) : { ok: false, errors: fieldErrors(form.error) };
    if (outcome.ok) return res.redirect(303, '/admin/brukere?melding=opprettet');
    await usersPage(deps.db, req, res, { values: submittedUser(req.body), errors: 'errors' in outcome ? outcome.errors : {} }, 422);
  });

  routes.get('/admin/brukere/:id', ['admin'], (req, res) => userPage(deps.db, req, res));

  const change = userChange(routes, deps.db);
  change('', 'lagret', async (req, id) => {
    const form = editUserForm.safeParse(req.body ?? {});
    if (!form.success) return { ok: false, errors: fieldErrors(form.error) };
    const target = await findUser(deps.db, id);
    return target ? changeUser(deps.db, id, form.data, req.user!, target.role) : { ok: false, notFound: true };
  });
  change('/passord', 'passord', async (req, id) => {
    const form = passwordForm.safeParse(req.body ?? {});
    return form.success ? resetPassword(deps.db, id, form.data.passord, req.user!) : { ok: false, errors: fieldErrors(form.error) };
  });
  change('/deaktiver', 'deaktivert', (req, id) => changeActive(deps.db, id, false, req.user!));
  change('/aktiver', 'aktivert', (req, id) => changeActive(deps.db, id, true, req.user!));
}

/** A POST under /admin/brukere/:id: done → back to the user with a notice; refused → 422 with the messages. */
function userChange(routes: RouteTable, db: Db) {
  return (path: string, done: string, action: (req: Request, id: number) => Promise<Outcome>) =>
    routes.post(`/admin/brukere/:id${path}`, ['admin'], async (req, res) => {
      const id = idParam.safeParse(req.params.id);
      if (!id.success) return notFound(res);
      const outcome = await action(req, id.data);
      if (outcome.ok) return res.redirect(303, `/admin/brukere/${id.data}?melding=${done}`);
      if ('notFound' in outcome) return notFound(res);
      await userPage(db, req, res, outcome.errors, 422);
    });
}

const notFound = (res: Response) => sendNotFound(res, 'Fant ikke brukeren.', { href: '/admin/brukere', label: '← Brukere' });
