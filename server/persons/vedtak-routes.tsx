import type { Request, Response } from 'express';
import { osloToday } from '../../db/dates.ts';
import { findPerson } from '../../db/queries/persons.ts';
import { registerVedtak } from '../../db/queries/vedtak.ts';
import { changePriority, markDeceased, type StatusOutcome, withdrawEntry } from '../../db/queries/waitlist-status.ts';
import type { AppDeps } from '../app.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors, idParam } from '../forms.ts';
import { deceasedForm, priorityForm, vedtakForm, withdrawForm } from './forms.ts';
import { answerPerson, formState, notFound, personIdOf } from './respond.tsx';
import { toNewVedtak, vedtakContext } from './service.ts';

const NOTICE = { vedtak: 'Vedtaket er lagret.', priority: 'Prioriteten er endret.', withdraw: 'Personen er trukket fra ventelisten.', deceased: 'Dødsfallet er registrert.' };

/** Vedtak and the waiting-list changes on the person page. */
export function vedtakRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.post('/personer/:id/vedtak', ['koordinator'], async (req, res) => {
    const personId = personIdOf(req, res);
    if (personId === undefined) return;
    if (!(await findPerson(deps.db, personId))) return notFound(res);
    const ctx = await vedtakContext(deps.db, deps.now());
    const form = vedtakForm(ctx).safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, personId, formState('vedtak', req, fieldErrors(form.error)), 422);
    await registerVedtak(deps.db, toNewVedtak(personId, form.data, ctx.settings), req.user!.id);
    await answerPerson(req, res, deps, personId, { notice: NOTICE.vedtak });
  });

  routes.post('/personer/:id/venteliste/:entry/prioritet', ['koordinator'], async (req, res) => {
    const ids = entryIdsOf(req, res);
    if (!ids) return;
    const form = priorityForm.safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, ids.personId, formState(`prioritet-${ids.entryId}`, req, fieldErrors(form.error)), 422);
    const outcome = await changePriority(deps.db, ids.personId, ids.entryId, { priority: form.data.prioritet, reason: form.data.begrunnelse }, req.user!.id);
    await answerOutcome(req, res, deps, ids.personId, outcome, NOTICE.priority);
  });

  routes.post('/personer/:id/venteliste/:entry/trekk', ['koordinator'], async (req, res) => {
    const ids = entryIdsOf(req, res);
    if (!ids) return;
    const form = withdrawForm.safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, ids.personId, formState(`trekk-${ids.entryId}`, req, fieldErrors(form.error)), 422);
    const outcome = await withdrawEntry(deps.db, ids.personId, ids.entryId, form.data.begrunnelse, req.user!.id, deps.now());
    await answerOutcome(req, res, deps, ids.personId, outcome, NOTICE.withdraw);
  });

  routes.post('/personer/:id/dod', ['koordinator'], async (req, res) => {
    const personId = personIdOf(req, res);
    if (personId === undefined) return;
    if (!(await findPerson(deps.db, personId))) return notFound(res);
    const form = deceasedForm.safeParse(req.body ?? {});
    const errors = form.success ? {} : fieldErrors(form.error);
    if (form.success && form.data.dato > osloToday(deps.now())) errors.dato = 'Dødsdatoen kan ikke være fram i tid.';
    if (!form.success || errors.dato) return answerPerson(req, res, deps, personId, formState('dod', req, errors), 422);
    const outcome = await markDeceased(deps.db, personId, { date: form.data.dato, reason: form.data.begrunnelse }, req.user!.id, deps.now());
    if (!outcome.ok && outcome.reason === 'date') return answerPerson(req, res, deps, personId, formState('dod', req, { dato: outcome.message }), 422);
    await answerOutcome(req, res, deps, personId, outcome, NOTICE.deceased);
  });
}

function entryIdsOf(req: Request, res: Response): { personId: number; entryId: number } | undefined {
  const personId = idParam.safeParse(req.params.id);
  const entryId = idParam.safeParse(req.params.entry);
  if (personId.success && entryId.success) return { personId: personId.data, entryId: entryId.data };
  notFound(res);
  return undefined;
}

/** Success shows the notice; a refusal (reserved place, no longer waiting) is a 409 with its message. */
async function answerOutcome(req: Request, res: Response, deps: AppDeps, personId: number, outcome: StatusOutcome, notice: string): Promise<void> {
  if (outcome.ok) return answerPerson(req, res, deps, personId, { notice });
  if (outcome.reason === 'not-found') return void res.status(404).type('text').send(outcome.message);
  await answerPerson(req, res, deps, personId, { alert: outcome.message }, 409);
}
