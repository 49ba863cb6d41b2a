import type { Request, Response } from 'express';
import { osloToday } from '../../db/dates.ts';
import { type ApplicationOutcome, changeReceivedDate, decideApplication, recordInterimReply } from '../../db/queries/application-changes.ts';
import { listHandlers, listPendingApplications, registerApplication } from '../../db/queries/applications.ts';
import { findPerson } from '../../db/queries/persons.ts';
import { formatDate } from '../../views/format.ts';
import type { AppDeps } from '../app.tsx';
import { fieldErrors, idParam } from '../forms.ts';
import type { RouteTable } from '../routing.ts';
import { applicationForm, interimReplyForm, receivedDateForm } from './application-forms.ts';
import { toNewApplication } from './application-service.ts';
import { vedtakForm } from './forms.ts';
import { answerPerson, formState, notFound, personIdOf, showPerson } from './respond.tsx';
import { toNewVedtak, vedtakContext } from './service.ts';

const NOTICE = {
  register: 'Søknaden er registrert. Den står under «Søknader under behandling» til vedtaket er fattet.',
  received: 'Datoen søknaden kom inn er endret. Endringen og begrunnelsen er logget.',
  reply: 'Foreløpig svar er registrert.',
  decide: 'Vedtaket er lagret.',
};

/** Applications before the vedtak on the person page: register, correct the received date, foreløpig svar, decide. */
export function applicationRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.post('/personer/:id/soknader', ['koordinator'], async (req, res) => {
    const personId = personIdOf(req, res);
    if (personId === undefined) return;
    if (!(await findPerson(deps.db, personId))) return notFound(res);
    const handlers = await listHandlers(deps.db);
    const form = applicationForm({ today: osloToday(deps.now()), handlerIds: new Set(handlers.map((h) => h.id)) }).safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, personId, formState('soknad', req, fieldErrors(form.error)), 422);
    const open = (await listPendingApplications(deps.db, personId)).find((a) => a.kind === form.data.type);
    if (open) return answerPerson(req, res, deps, personId, formState('soknad', req, { type: `Personen har allerede en søknad om ${form.data.type} under behandling (mottatt ${formatDate(open.receivedDate)}).` }), 422);
    await registerApplication(deps.db, toNewApplication(personId, form.data), req.user!.id);
    await answerPerson(req, res, deps, personId, { notice: NOTICE.register });
  });

  routes.post('/personer/:id/soknader/:application/mottatt', ['koordinator'], async (req, res) => {
    const ids = idsOf(req, res);
    if (!ids) return;
    const name = `mottatt-${ids.applicationId}`;
    const form = receivedDateForm(osloToday(deps.now())).safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, ids.personId, formState(name, req, fieldErrors(form.error)), 422);
    const outcome = await changeReceivedDate(deps.db, ids.personId, ids.applicationId, { date: form.data.mottatt, reason: form.data.begrunnelse }, req.user!.id);
    await answerOutcome(req, res, deps, ids.personId, name, outcome, NOTICE.received);
  });

  routes.post('/personer/:id/soknader/:application/forelopig-svar', ['koordinator'], async (req, res) => {
    const ids = idsOf(req, res);
    if (!ids) return;
    const name = `forelopig-${ids.applicationId}`;
    const form = interimReplyForm(osloToday(deps.now())).safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, ids.personId, formState(name, req, fieldErrors(form.error)), 422);
    const outcome = await recordInterimReply(deps.db, ids.personId, ids.applicationId, { sentDate: form.data.sendt, expectedDate: form.data.forventet }, req.user!.id);
    await answerOutcome(req, res, deps, ids.personId, name, outcome, NOTICE.reply);
  });

  // The vedtak form, opened and pre-filled from the pending application.
  routes.get('/personer/:id/soknader/:application/vedtak', ['koordinator'], async (req, res) => {
    const ids = idsOf(req, res);
    if (!ids) return;
    const app = (await listPendingApplications(deps.db, ids.personId)).find((a) => a.id === ids.applicationId);
    if (!app) return showPerson(req, res, deps, ids.personId, { alert: 'Søknaden er allerede avgjort eller finnes ikke.' });
    const values = { mottatt: app.receivedDate, type: app.kind, behov: app.requiredTags };
    await showPerson(req, res, deps, ids.personId, { forms: { vedtak: { values, errors: {} } }, deciding: app.id });
  });

  routes.post('/personer/:id/soknader/:application/vedtak', ['koordinator'], async (req, res) => {
    const ids = idsOf(req, res);
    if (!ids) return;
    const app = (await listPendingApplications(deps.db, ids.personId)).find((a) => a.id === ids.applicationId);
    if (!app) return showPerson(req, res, deps, ids.personId, { alert: 'Søknaden er allerede avgjort eller finnes ikke.' }, 409);
    const ctx = await vedtakContext(deps.db, deps.now());
    // The received date is the stored one: it changes only with a reason («Endre mottatt-dato»).
    const body = { ...(req.body ?? {}), mottatt: app.receivedDate };
    const form = vedtakForm(ctx).safeParse(body);
    const refuse = (errors: Record<string, string | undefined>) =>
      answerPerson(req, res, deps, ids.personId, { ...formState('vedtak', { body } as Request, errors), deciding: app.id }, 422);
    if (!form.success) return refuse(fieldErrors(form.error));
    const outcome = await decideApplication(deps.db, app.id, toNewVedtak(ids.personId, form.data, ctx.settings), req.user!.id);
    if (!outcome.ok && outcome.reason === 'field') return refuse({ [outcome.field]: outcome.message });
    await answerOutcome(req, res, deps, ids.personId, 'vedtak', outcome, NOTICE.decide);
  });
}

function idsOf(req: Request, res: Response): { personId: number; applicationId: number } | undefined {
  const personId = idParam.safeParse(req.params.id);
  const applicationId = idParam.safeParse(req.params.application);
  if (personId.success && applicationId.success) return { personId: personId.data, applicationId: applicationId.data };
  notFound(res);
  return undefined;
}

/** Success shows the notice; a refusal at a field re-renders the form (422); a decided application is a 409. */
async function answerOutcome(req: Request, res: Response, deps: AppDeps, personId: number, form: string, outcome: ApplicationOutcome, notice: string): Promise<void> {
  if (outcome.ok) return answerPerson(req, res, deps, personId, { notice });
  if (outcome.reason === 'not-found') return void res.status(404).type('text').send(outcome.message);
  if (outcome.reason === 'field') return answerPerson(req, res, deps, personId, formState(form, req, { [outcome.field]: outcome.message }), 422);
  await answerPerson(req, res, deps, personId, { alert: outcome.message }, 409);
}
