import type { Request, Response } from 'express';
import type { z } from 'zod';
import { osloToday } from '../../db/dates.ts';
import {
  admitToHospital, endHospitalStay, type HospitalOutcome, markDischargeReady, markNotDischargeReady,
} from '../../db/queries/hospital-stays.ts';
import { findPerson } from '../../db/queries/persons.ts';
import type { AppDeps } from '../app.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors } from '../forms.ts';
import { hospitalForms } from './hospital-forms.ts';
import { answerPerson, formState, notFound, personIdOf } from './respond.tsx';

type Forms = ReturnType<typeof hospitalForms>;
type Change<K extends keyof Forms> = (personId: number, data: z.infer<Forms[K]>, userId: number) => Promise<HospitalOutcome>;

/** The hospital's messages about a person: each answers with the person view. */
export function hospitalRoutes(routes: RouteTable, deps: AppDeps): void {
  const post = <K extends keyof Forms>(path: string, key: K, formName: string, notice: string, change: Change<K>) =>
    routes.post(`/personer/:id/sykehus${path}`, ['koordinator'], (req, res) => handle(req, res, deps, key, formName, notice, change));

  post('', 'admit', 'innlagt', 'Innleggelsen er registrert.', (id, d, user) => admitToHospital(deps.db, id, {
    admittedDate: d.innlagt, dischargeReadyDate: d.utskrivningsklar ?? null, notifiedAt: d.varslet ?? deps.now(),
  }, user));
  post('/utskrivningsklar', 'ready', 'utskrivningsklar', 'Personen er meldt utskrivningsklar.', (id, d, user) =>
    markDischargeReady(deps.db, id, { date: d.utskrivningsklar, notifiedAt: d.varslet ?? deps.now() }, user));
  post('/ikke-utskrivningsklar', 'notReady', 'ikke-utskrivningsklar', 'Personen er ikke lenger utskrivningsklar.', (id, d, user) =>
    markNotDischargeReady(deps.db, id, d.merknad ?? null, user));
  post('/avslutt', 'end', 'avslutt', 'Sykehusoppholdet er avsluttet.', (id, d, user) =>
    endHospitalStay(deps.db, id, { status: d.melding, date: d.dato, reason: d.arsak }, user));
}

async function handle<K extends keyof Forms>(req: Request, res: Response, deps: AppDeps, key: K, formName: string, notice: string, change: Change<K>): Promise<void> {
  const personId = personIdOf(req, res);
  if (personId === undefined) return;
  if (!(await findPerson(deps.db, personId))) return notFound(res);
  const form = hospitalForms(osloToday(deps.now()))[key].safeParse(req.body ?? {});
  if (!form.success) return answerPerson(req, res, deps, personId, formState(formName, req, fieldErrors(form.error)), 422);
  const outcome = await change(personId, form.data as z.infer<Forms[K]>, req.user!.id);
  if (outcome.ok) return answerPerson(req, res, deps, personId, { notice });
  if (outcome.field === '_') return answerPerson(req, res, deps, personId, { alert: outcome.message }, 409);
  await answerPerson(req, res, deps, personId, formState(formName, req, { [outcome.field]: outcome.message }), 422);
}
