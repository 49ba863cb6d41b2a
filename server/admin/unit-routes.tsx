import type { Request, Response } from 'express';
import { z } from 'zod';
import { listAdminUnits, setUnitOnlyFor } from '../../db/queries/unit-admin.ts';
import { UnitsPage } from '../../views/admin/units-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { fieldErrors, listField, stringField } from '../forms.ts';
import { sendPage } from '../render.tsx';
import { pathId, type RouteTable } from '../routing.ts';
import { sendNotFound } from '../not-found.tsx';
import { formatTags } from '../../views/format.ts';

const NOTICES: Record<string, string> = { lagret: 'Enheten er lagret.', uendret: 'Ingen endringer å lagre.' };

/** The unit's «kun for» checkboxes; `kun_for_sendt` tells a form with none ticked from a request without the form. */
export const onlyForForm = z.object({
  kun_for: listField(stringField('Velg behov fra listen.').max(100, 'Velg behov fra listen.')),
  kun_for_sendt: z.literal('ja', { message: 'Send skjemaet på nytt fra siden.' }),
});

/** Administrasjon → Enheter: what each unit offers and whom it is only for. */
export function unitAdminRoutes(routes: RouteTable, deps: AppDeps): void {
  const page = async (req: Request, res: Response, error?: { unitId: number; message: string; chosen: string[] }, status = 200) =>
    sendPage(res, <UnitsPage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)}
      units={await listAdminUnits(deps.db)} error={error} notice={status === 200 ? NOTICES[String(req.query.melding)] : undefined} />, status);

  routes.get('/admin/enheter', ['admin'], (req, res) => page(req, res));

  routes.post('/admin/enheter/:unitId/kun-for', ['admin'], async (req, res) => {
    const unitId = pathId(req, 'unitId');
    const form = onlyForForm.safeParse(req.body ?? {});
    const chosen = form.success ? form.data.kun_for : [];
    if (!form.success) return page(req, res, { unitId, message: Object.values(fieldErrors(form.error))[0] ?? 'Velg behov fra listen.', chosen }, 422);
    const outcome = await setUnitOnlyFor(deps.db, unitId, chosen, req.user!.id);
    if (!outcome.ok && outcome.reason === 'not-found') return sendNotFound(res, 'Fant ikke enheten.', { href: '/admin/enheter', label: '← Enheter' });
    if (!outcome.ok) {
      const message = `Enheten tilbyr ikke ${formatTags(outcome.tags)}. «Kun for» kan bare være behov enheten selv tilbyr.`;
      return page(req, res, { unitId, message, chosen }, 422);
    }
    res.redirect(303, `/admin/enheter?melding=${outcome.changed ? 'lagret' : 'uendret'}#enhet-${unitId}`);
  });
}
