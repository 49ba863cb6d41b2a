import { z } from 'zod';
import { linkPartners, type PartnerOutcome, unlinkPartners } from '../../db/queries/partners.ts';
import type { AppDeps } from '../app.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors, idField, idParam, textField } from '../forms.ts';
import { answerPerson, formState, notFound } from './respond.tsx';
import type { Request, Response } from 'express';

/** «Ønsker å bo sammen med»: the partner (a waiting entry) and why. */
export const linkForm = z.object({
  partner: idField('Velg personen hen ønsker å bo sammen med.'),
  begrunnelse: textField('Skriv hvorfor de skal bo sammen (f.eks. ektefeller, samboere i 40 år).', 1000),
});

export const unlinkForm = z.object({ begrunnelse: textField('Skriv hvorfor koblingen avsluttes.', 1000) });

/** The form names on the person page: the link form and the unlink form of an entry. */
export const linkFormName = (entryId: number) => `partner-${entryId}`;
export const unlinkFormName = (entryId: number) => `partner-slutt-${entryId}`;

/** Partner links (samboergaranti) on the person page; each answers with the person view. */
export function partnerRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.post('/personer/:id/venteliste/:entry/partner', ['koordinator'], async (req, res) => {
    const ids = idsOf(req, res);
    if (!ids) return;
    const name = linkFormName(ids.entryId);
    const form = linkForm.safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, ids.personId, formState(name, req, fieldErrors(form.error)), 422);
    const outcome = await linkPartners(deps.db, ids.personId, ids.entryId, form.data.partner, form.data.begrunnelse, req.user!.id, deps.now());
    await answer(req, res, deps, ids.personId, name, outcome, 'Koblingen er lagret. Paret planlegges sammen fra neste «Lag nye forslag».');
  });

  routes.post('/personer/:id/venteliste/:entry/partner/avslutt', ['koordinator'], async (req, res) => {
    const ids = idsOf(req, res);
    if (!ids) return;
    const name = unlinkFormName(ids.entryId);
    const form = unlinkForm.safeParse(req.body ?? {});
    if (!form.success) return answerPerson(req, res, deps, ids.personId, formState(name, req, fieldErrors(form.error)), 422);
    const outcome = await unlinkPartners(deps.db, ids.personId, ids.entryId, form.data.begrunnelse, req.user!.id, deps.now());
    await answer(req, res, deps, ids.personId, name, outcome, 'Koblingen er avsluttet. De planlegges hver for seg fra neste «Lag nye forslag».');
  });
}

function idsOf(req: Request, res: Response): { personId: number; entryId: number } | undefined {
  const personId = idParam.safeParse(req.params.id);
  const entryId = idParam.safeParse(req.params.entry);
  if (personId.success && entryId.success) return { personId: personId.data, entryId: entryId.data };
  notFound(res);
  return undefined;
}

async function answer(req: Request, res: Response, deps: AppDeps, personId: number, formName: string, outcome: PartnerOutcome, notice: string): Promise<void> {
  if (outcome.ok) return answerPerson(req, res, deps, personId, { notice });
  if (outcome.reason === 'not-found') return notFound(res);
  await answerPerson(req, res, deps, personId, formState(formName, req, { [outcome.field]: outcome.message }), 422);
}
