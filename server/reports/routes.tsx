/**
 * The institution leader's reporting (issue 6): the home page with one card per own
 * unit, «Ingen endring», the full report, arrivals and departures; the unit's history.
 */
import type { AppDeps } from '../app.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors } from '../forms.ts';
import { admissionForm, departureForm } from './forms.ts';
import { historyRoutes } from './history-routes.tsx';
import { answerUnit, formValues, ownUnit, sendLeaderPage } from './respond.tsx';
import { confirmArrival, confirmNoChange, departResident, submitReport } from './service.ts';
import { osloToday } from '../../db/dates.ts';

const LEADER = ['institusjonsleder'] as const;

export function reportRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/enheter', LEADER, (req, res) => sendLeaderPage(req, res, deps));

  routes.post('/enheter/:id/ingen-endring', LEADER, async (req, res) => {
    const view = await ownUnit(req, deps);
    const outcome = await confirmNoChange(deps.db, view, req.user!, deps.now());
    if (!outcome.ok) return answerUnit(req, res, deps, view.unit.unitId, { error: outcome.errors._ }, 422);
    await answerUnit(req, res, deps, view.unit.unitId, { done: 'Takk! Dagens tall er meldt uten endring.' });
  });

  routes.post('/enheter/:id/melding', LEADER, async (req, res) => {
    const view = await ownUnit(req, deps);
    const outcome = await submitReport(deps.db, view, req.body ?? {}, req.user!, deps.now());
    if (!outcome.ok) return answerUnit(req, res, deps, view.unit.unitId, { report: { values: formValues(req), errors: outcome.errors } }, 422);
    await answerUnit(req, res, deps, view.unit.unitId, { done: 'Takk! Dagens tall er meldt.' });
  });

  routes.post('/enheter/:id/innskrevet', LEADER, async (req, res) => {
    const view = await ownUnit(req, deps);
    const form = admissionForm.safeParse(req.body ?? {});
    const outcome = form.success ? await confirmArrival(deps.db, view, form.data.tildeling, req.user!, deps.now()) : { ok: false as const, errors: fieldErrors(form.error) };
    if (!outcome.ok) return answerUnit(req, res, deps, view.unit.unitId, { admission: { values: formValues(req), errors: outcome.errors } }, 422);
    await answerUnit(req, res, deps, view.unit.unitId, { done: outcome.message });
  });

  routes.post('/enheter/:id/utreise', LEADER, async (req, res) => {
    const view = await ownUnit(req, deps);
    const form = departureForm(osloToday(deps.now())).safeParse(req.body ?? {});
    const outcome = form.success
      ? await departResident(deps.db, view, { stayId: form.data.opphold, date: form.data.dato, reason: form.data.arsak }, req.user!, deps.now())
      : { ok: false as const, errors: fieldErrors(form.error) };
    if (!outcome.ok) return answerUnit(req, res, deps, view.unit.unitId, { departure: { values: formValues(req), errors: outcome.errors } }, 422);
    await answerUnit(req, res, deps, view.unit.unitId, { done: outcome.message });
  });

  historyRoutes(routes, deps);
}
