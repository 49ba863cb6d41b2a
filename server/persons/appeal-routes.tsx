import type { Request, Response } from 'express';
import type { z } from 'zod';
import { osloToday } from '../../db/dates.ts';
import { decideAppeal, forwardAppeal, reassessAppeal, registerAppeal } from '../../db/queries/appeals.ts';
import { setReviewDate } from '../../db/queries/korttid-review.ts';
import type { AppDeps } from '../app.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors, idParam } from '../forms.ts';
import { appealForms } from './appeal-forms.ts';
import { answerPerson, formState, notFound } from './respond.tsx';

type Forms = typeof appealForms;
type Outcome = { ok: true } | { ok: false; field: string; message: string };
interface Ids { personId: number; id: number; today: string; userId: number }
type Change<K extends keyof Forms> = (data: z.infer<Forms[K]>, ids: Ids) => Promise<Outcome>;

/** An appeal's steps (klage, vurdering, sendt, utfall) and the korttid review date, on the person page. Coordinators only. */
export function appealRoutes(routes: RouteTable, deps: AppDeps): void {
  const post = <K extends keyof Forms>(path: string, param: string, key: K, formName: (id: number) => string, notice: string, change: Change<K>) =>
    routes.post(path, ['koordinator'], (req, res) => handle(req, res, deps, param, key, formName, notice, change));

  post('/personer/:id/vedtak/:vedtak/klage', 'vedtak', 'register', (id) => `klage-${id}`, 'Klagen er registrert.', (d, i) =>
    registerAppeal(deps.db, i.personId, i.id, { receivedDate: d.klage_mottatt, vedtakReceivedDate: d.vedtak_mottatt ?? null }, i.userId, i.today));
  post('/personer/:id/klager/:appeal/vurdering', 'appeal', 'reassess', (id) => `klage-vurdering-${id}`, 'Vurderingen er registrert.', (d, i) =>
    reassessAppeal(deps.db, i.personId, i.id, { date: d.vurdert_dato, result: d.vurdering }, i.userId, i.today));
  post('/personer/:id/klager/:appeal/sendt', 'appeal', 'forward', (id) => `klage-sendt-${id}`, 'Datoen klagen ble sendt, er registrert.', (d, i) =>
    forwardAppeal(deps.db, i.personId, i.id, d.sendt_dato, i.userId, i.today));
  post('/personer/:id/klager/:appeal/utfall', 'appeal', 'decide', (id) => `klage-utfall-${id}`, 'Utfallet av klagen er registrert.', (d, i) =>
    decideAppeal(deps.db, i.personId, i.id, { outcome: d.utfall, date: d.utfall_dato }, i.userId, i.today));
  post('/personer/:id/opphold/:stay/revurdering', 'stay', 'review', () => 'revurdering', 'Revurderingsdatoen er lagret.', (d, i) =>
    setReviewDate(deps.db, i.personId, i.id, d.revurderingsdato, i.userId));
}

async function handle<K extends keyof Forms>(req: Request, res: Response, deps: AppDeps, param: string, key: K,
  formName: (id: number) => string, notice: string, change: Change<K>): Promise<void> {
  const personId = idParam.safeParse(req.params.id);
  const id = idParam.safeParse(req.params[param]);
  if (!personId.success || !id.success) return notFound(res);
  const name = formName(id.data);
  const form = appealForms[key].safeParse(req.body ?? {});
  if (!form.success) return answerPerson(req, res, deps, personId.data, formState(name, req, fieldErrors(form.error)), 422);
  const ids = { personId: personId.data, id: id.data, today: osloToday(deps.now()), userId: req.user!.id };
  const outcome = await change(form.data as z.infer<Forms[K]>, ids);
  if (outcome.ok) return answerPerson(req, res, deps, ids.personId, { notice });
  if (outcome.field === 'not-found') return void res.status(404).type('text').send(outcome.message);
  if (outcome.field === '_') return answerPerson(req, res, deps, ids.personId, { alert: outcome.message }, 409);
  await answerPerson(req, res, deps, ids.personId, formState(name, req, { [outcome.field]: outcome.message }), 422);
}
