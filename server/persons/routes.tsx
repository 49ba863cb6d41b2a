import { z } from 'zod';
import { createPerson, findPerson, listDistricts, searchPersons } from '../../db/queries/persons.ts';
import { revealFnr } from '../../db/queries/person-access.ts';
import { FnrShown } from '../../views/persons/person-view.tsx';
import { NewPersonPage, PersonHits, SearchPage } from '../../views/persons/search-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendFragment, sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors, stringField, submittedValues } from '../forms.ts';
import { personForm } from './forms.ts';
import { applicationRoutes } from './application-routes.tsx';
import { appealRoutes } from './appeal-routes.tsx';
import { hospitalRoutes } from './hospital-routes.tsx';
import { partnerRoutes } from './partner-routes.tsx';
import { pendingRoutes } from './pending-routes.tsx';
import { notFound, personIdOf, showPerson } from './respond.tsx';
import { vedtakRoutes } from './vedtak-routes.tsx';

const searchQuery = z.object({ q: stringField().max(200).optional().default('') });

/** Personer: search, register, the person page and its actions. Coordinators only. */
export function personRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/personer', ['koordinator'], async (req, res) => {
    const q = searchQuery.safeParse(req.query).data?.q ?? '';
    const hits = await searchPersons(deps.db, q);
    if (req.get('hx-request')) return sendFragment(res, <PersonHits q={q} hits={hits} />);
    sendPage(res, <SearchPage q={q} hits={hits} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />);
  });

  routes.get('/personer/ny', ['koordinator'], async (req, res) => {
    sendPage(res, <NewPersonPage districts={await listDistricts(deps.db)} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />);
  });

  routes.post('/personer', ['koordinator'], async (req, res) => {
    const form = personForm.safeParse(req.body ?? {});
    const again = async (errors: Record<string, string>, existingId?: number) => sendPage(res, <NewPersonPage form={{ values: submittedValues(req.body), errors }}
      existingId={existingId} districts={await listDistricts(deps.db)} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />, 422);
    if (!form.success) return again(fieldErrors(form.error));
    const outcome = await createPerson(deps.db, { name: form.data.navn, fnr: form.data.fodselsnummer, district: form.data.bydel }, req.user!.id);
    if (!outcome.ok) return again({ fodselsnummer: 'Det finnes allerede en person med dette fødselsnummeret.' }, outcome.existingId);
    // The page that opens says it went well (a redirect keeps a reload from registering twice).
    res.redirect(303, `/personer/${outcome.id}?melding=registrert`);
  });

  routes.get('/personer/:id', ['koordinator'], async (req, res) => {
    const id = personIdOf(req, res);
    if (id === undefined) return;
    const registered = req.query.melding === 'registrert' ? await findPerson(deps.db, id) : undefined;
    await showPerson(req, res, deps, id, registered ? { notice: `${registered.name} er registrert. Registrer vedtaket under «Registrer nytt vedtak».` } : {});
  });

  routes.post('/personer/:id/fodselsnummer', ['koordinator'], async (req, res) => {
    const id = personIdOf(req, res);
    if (id === undefined) return;
    const fnr = await revealFnr(deps.db, req.user!.id, id);
    if (!fnr) return notFound(res);
    if (!req.get('hx-request')) return res.redirect(303, `/personer/${id}`);
    sendFragment(res, <FnrShown fnr={fnr} />);
  });

  vedtakRoutes(routes, deps);
  applicationRoutes(routes, deps);
  pendingRoutes(routes, deps);
  hospitalRoutes(routes, deps);
  partnerRoutes(routes, deps);
  appealRoutes(routes, deps);
}
